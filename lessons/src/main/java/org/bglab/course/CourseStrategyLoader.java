package org.bglab.course;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bglab.simulator.model.RoutingState;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * Loads a course's own strategies from its compiled classes: a class path of directories and jar
 * files, and the fully qualified names of classes on it that implement {@link SwitchStrategy}.
 * Each class needs a public constructor: one taking {@link StrategyOptions} (it then gets the
 * same settings the built-in strategies get, such as the batch size), or else one without
 * parameters. Every strategy loaded is guarded by one {@link StrategyGuard}.
 */
public final class CourseStrategyLoader {

  private final List<String> classNames;
  private final ClassLoader loader;
  private final StrategyGuard guard;

  /**
   * A loader of {@code classNames} from {@code classPath}.
   *
   * @throws BadStrategyClass when a class name is given without a class path, or an entry of the
   *     path does not exist
   */
  public CourseStrategyLoader(List<Path> classPath, List<String> classNames, StrategyGuard guard) {
    this.classNames = List.copyOf(classNames);
    this.guard = guard;
    if (!classNames.isEmpty() && classPath.isEmpty()) {
      throw new BadStrategyClass("--strategy-class needs --strategy-path: the directory or jar"
          + " that holds the compiled class");
    }
    List<URL> urls = new ArrayList<>();
    for (Path entry : classPath) {
      if (!Files.exists(entry)) {
        throw new BadStrategyClass("--strategy-path: " + entry + " does not exist");
      }
      try {
        urls.add(entry.toAbsolutePath().toUri().toURL());
      } catch (MalformedURLException ex) {
        throw new BadStrategyClass("--strategy-path: " + entry + " is not a usable path");
      }
    }
    this.loader = classNames.isEmpty() ? null : new URLClassLoader(StrategyGuard.LOADER_NAME,
        urls.toArray(URL[]::new), CourseStrategyLoader.class.getClassLoader());
    if (!classNames.isEmpty()) {
      guard.watch();
    }
  }

  /** Whether any course strategy was asked for. */
  public boolean isEmpty() {
    return classNames.isEmpty();
  }

  /** The class names, in the order given. */
  public List<String> classNames() {
    return classNames;
  }

  /**
   * Creates every course strategy with {@code options}, in the order given, each guarded.
   *
   * @throws BadStrategyClass when a class cannot be found, loaded or constructed by bglab
   * @throws StrategyFailure when the class's own code (a static initialiser, the constructor, or
   *     its name) throws
   */
  public List<SwitchStrategy<?>> create(StrategyOptions options) {
    List<SwitchStrategy<?>> strategies = new ArrayList<>();
    for (String className : classNames) {
      strategies.add(create(className, options));
    }
    return List.copyOf(strategies);
  }

  /** Closes the class loader (for tests that load many classes). */
  public void close() throws IOException {
    if (loader instanceof URLClassLoader closeable) {
      closeable.close();
    }
  }

  private SwitchStrategy<?> create(String className, StrategyOptions options) {
    Class<?> type = load(className);
    if (!SwitchStrategy.class.isAssignableFrom(type)) {
      throw new BadStrategyClass("--strategy-class " + className + " does not implement "
          + SwitchStrategy.class.getName());
    }
    if (Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
      throw new BadStrategyClass("--strategy-class " + className
          + " must be a public class that is not abstract");
    }
    Object instance = guarded(className, () -> construct(type, className, options));
    return guard(className, (SwitchStrategy<?>) instance);
  }

  private Class<?> load(String className) {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError ex) {
      throw new BadStrategyClass("--strategy-class " + className + " cannot be loaded from"
          + " --strategy-path: " + ex);
    }
  }

  private static Object construct(Class<?> type, String className, StrategyOptions options)
      throws ReflectiveOperationException {
    try {
      Constructor<?> withOptions = type.getConstructor(StrategyOptions.class);
      return withOptions.newInstance(options);
    } catch (NoSuchMethodException ex) {
      try {
        return type.getConstructor().newInstance();
      } catch (NoSuchMethodException none) {
        throw new BadStrategyClass("--strategy-class " + className + " needs a public"
            + " constructor taking StrategyOptions, or one without parameters");
      }
    }
  }

  /** Runs the class's own code (initialiser, constructor) under the guard. */
  private Object guarded(String className, ReflectiveCall body) {
    return GuardedStrategy.call(guard, className, "its constructor", () -> {
      try {
        return body.call();
      } catch (InvocationTargetException ex) {
        throw new StrategyFailure("strategy " + className + " failed in its constructor: "
            + ex.getCause());
      } catch (ExceptionInInitializerError ex) {
        throw new StrategyFailure("strategy " + className + " failed in its static"
            + " initialiser: " + ex.getCause());
      } catch (ReflectiveOperationException ex) {
        throw new BadStrategyClass("--strategy-class " + className + " cannot be created: " + ex);
      }
    });
  }

  private <S extends RoutingState> SwitchStrategy<S> guard(
      String className, SwitchStrategy<S> strategy) {
    return GuardedStrategy.of(strategy, guard, className);
  }

  @FunctionalInterface
  private interface ReflectiveCall {
    Object call() throws ReflectiveOperationException;
  }
}
