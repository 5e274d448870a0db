package org.bglab.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bglab.course.BadStrategyClass;
import org.bglab.course.CourseStrategyLoader;
import org.bglab.course.StrategyGuard;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * The strategies the page offers: the built-in ones, then the course's own
 * ({@code --strategy-path}, {@code --strategy-class}). A course strategy is loaded afresh for
 * every run, with a {@link StrategyGuard} of its own, so that one run's strategy that throws or
 * does not return within {@link StrategyGuard#CALL_LIMIT} fails that run only.
 */
final class StrategyCatalogue {

  private final List<Path> classPath;
  private final List<String> classNames;
  private final List<String> courseNames;

  /**
   * Loads each course class once to learn its name.
   *
   * @throws BadStrategyClass when a class cannot be loaded, or has the name of another strategy
   */
  StrategyCatalogue(List<Path> classPath, List<String> classNames) {
    this.classPath = List.copyOf(classPath);
    this.classNames = List.copyOf(classNames);
    List<String> names = new ArrayList<>();
    if (!classNames.isEmpty()) {
      Set<String> taken = new HashSet<>(Strategies.names());
      try (Loaded loaded = load()) {
        List<SwitchStrategy<?>> course = loaded.guard.run(
            () -> loaded.loader.create(StrategyOptions.DEFAULTS));
        for (int i = 0; i < course.size(); i++) {
          String name = course.get(i).name();
          if (!taken.add(name)) {
            throw new BadStrategyClass("--strategy-class " + classNames.get(i) + " is named '"
                + name + "', which another strategy has; give it a name of its own");
          }
          names.add(name);
        }
      }
    }
    this.courseNames = List.copyOf(names);
  }

  /** Every strategy's name, the built-in ones first. */
  List<String> names() {
    List<String> all = new ArrayList<>(Strategies.names());
    all.addAll(courseNames);
    return all;
  }

  /** The course strategies' names. */
  List<String> courseNames() {
    return courseNames;
  }

  /** The command-line options that load the course strategies, for {@code simulate}. */
  List<String> courseArgs() {
    List<String> args = new ArrayList<>();
    classPath.forEach(entry -> args.addAll(List.of("--strategy-path", entry.toString())));
    classNames.forEach(name -> args.addAll(List.of("--strategy-class", name)));
    return args;
  }

  /** The options that load the one course strategy called {@code name}, for {@code simulate}. */
  List<String> courseArgs(String name) {
    List<String> args = new ArrayList<>();
    classPath.forEach(entry -> args.addAll(List.of("--strategy-path", entry.toString())));
    args.addAll(List.of("--strategy-class", classNames.get(courseNames.indexOf(name))));
    return args;
  }

  /** A fresh loader and guard for one run; close it when the run is over. */
  Loaded load() {
    StrategyGuard guard = new StrategyGuard();
    return new Loaded(new CourseStrategyLoader(classPath, classNames, guard), guard);
  }

  /** The strategies of one run, and the guard that watches the course's calls. */
  final class Loaded implements AutoCloseable {
    private final CourseStrategyLoader loader;
    private final StrategyGuard guard;
    private List<SwitchStrategy<?>> course;

    private Loaded(CourseStrategyLoader loader, StrategyGuard guard) {
      this.loader = loader;
      this.guard = guard;
    }

    /** The strategy called {@code name}, built-in or the course's, created with {@code options}. */
    SwitchStrategy<?> create(String name, StrategyOptions options) {
      if (Strategies.names().contains(name)) {
        return Strategies.create(name, options);
      }
      if (course == null) {
        course = loader.create(options);
      }
      return course.get(courseNames.indexOf(name));
    }

    /** Runs {@code work}, watched by the guard when a course strategy takes part. */
    <T> T run(Callable<T> work) {
      return guard.run(work);
    }

    @Override
    public void close() {
      try {
        loader.close();
      } catch (IOException ex) {
        // the class loader's jar files stay open until the JVM ends: nothing is lost
      }
    }
  }
}
