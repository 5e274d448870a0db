package org.bglab.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bglab.course.CourseStrategyLoader;
import org.bglab.course.StrategyGuard;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;
import picocli.CommandLine.Option;

/**
 * The options that add a course's own strategies to {@code simulate}, {@code table} and
 * {@code chart}: the class path that holds the compiled classes and the classes to load. Each
 * strategy runs beside the built-in ones; the command's work runs under a {@link StrategyGuard},
 * so a course strategy that throws or hangs ends the command with exit code 1 and one line.
 */
final class CourseStrategyOptions {

  @Option(names = "--strategy-path", paramLabel = "DIR|JAR",
      description = "Class path of your own strategy: a directory of compiled classes or a jar;"
          + " repeat it or join entries with the path separator.")
  List<String> classPath = new ArrayList<>();

  @Option(names = "--strategy-class", paramLabel = "CLASS",
      description = "Fully qualified name of your own SwitchStrategy on --strategy-path, run"
          + " beside the built-in strategies; repeatable. It needs a public constructor taking"
          + " StrategyOptions (the settings above) or none. A call that throws or takes over 5 s"
          + " fails the command with exit code 1.")
  List<String> classNames = new ArrayList<>();

  private final StrategyGuard guard = new StrategyGuard();
  private CourseStrategyLoader loader;

  /** Whether any course strategy was asked for. */
  boolean any() {
    return !classNames.isEmpty();
  }

  /** The class names, for output file names. */
  List<String> names() {
    return classNames;
  }

  /**
   * Creates the course strategies with {@code options}; call it inside {@link #run}.
   *
   * @return the strategies in the order given, none without {@code --strategy-class}
   * @throws InputError when one has the name of a built-in strategy or of another one given
   */
  List<SwitchStrategy<?>> create(StrategyOptions options) {
    List<SwitchStrategy<?>> strategies = loader().create(options);
    Set<String> taken = new HashSet<>(Strategies.names());
    for (int i = 0; i < strategies.size(); i++) {
      String name = strategies.get(i).name();
      if (!taken.add(name)) {
        throw new InputError("--strategy-class " + classNames.get(i) + " is named '" + name
            + "', which another strategy has; give it a name of its own");
      }
    }
    return strategies;
  }

  /** Runs the command's work, watched by the guard when a course strategy takes part. */
  <T> T run(Callable<T> work) {
    loader();
    return guard.run(work);
  }

  private CourseStrategyLoader loader() {
    if (loader == null) {
      List<Path> entries = new ArrayList<>();
      for (String entry : classPath) {
        for (String part : entry.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
          if (!part.isBlank()) {
            entries.add(Path.of(part));
          }
        }
      }
      loader = new CourseStrategyLoader(entries, classNames, guard);
    }
    return loader;
  }
}
