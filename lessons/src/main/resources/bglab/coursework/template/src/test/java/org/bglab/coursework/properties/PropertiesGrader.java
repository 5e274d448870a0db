package org.bglab.coursework.properties;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.bglab.coursework.faults.BatchedFault;
import org.bglab.coursework.faults.FaultyBatchedSwitch;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * Grades the properties a student wrote in {@link BatchedSwitchProperties}: they must all hold for
 * the real {@link BatchedSwitch}, and each faulty version that makes one of them fail is caught.
 *
 * <p>A property is a public, non-static method of that class with no parameters that returns
 * nothing; they run in the order of their names. A property that does not finish within
 * {@link #TIME_LIMIT_SECONDS} seconds counts as failed.
 */
public final class PropertiesGrader {

  /** How long one property may run against one switch. */
  static final long TIME_LIMIT_SECONDS = 30;

  private PropertiesGrader() {}

  /**
   * The properties the student wrote.
   *
   * @return the methods, sorted by name; empty until the student writes one
   */
  public static List<Method> properties() {
    return Arrays.stream(BatchedSwitchProperties.class.getDeclaredMethods())
        .filter(method -> Modifier.isPublic(method.getModifiers()))
        .filter(method -> !Modifier.isStatic(method.getModifiers()))
        .filter(method -> method.getParameterCount() == 0)
        .filter(method -> method.getReturnType() == void.class)
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  /**
   * What each property says of the real batched switch.
   *
   * @return one line per property that fails for it, {@code name: what went wrong}; empty when
   *     every property holds, as it must
   */
  public static List<String> failuresOnTheRealSwitch() {
    List<String> failures = new ArrayList<>();
    for (Method property : properties()) {
      failure(property, BatchedSwitch::new)
          .ifPresent(message -> failures.add(property.getName() + ": " + message));
    }
    return List.copyOf(failures);
  }

  /**
   * Which property, if any, catches {@code fault}: the first, by name, that fails for it.
   *
   * @param fault the faulty version to try
   * @return the name of the property that caught it, or empty when every property held
   */
  public static Optional<String> caughtBy(BatchedFault fault) {
    for (Method property : properties()) {
      if (failure(property, batchSize -> new FaultyBatchedSwitch(batchSize, fault)).isPresent()) {
        return Optional.of(property.getName());
      }
    }
    return Optional.empty();
  }

  /** Runs one property against one switch; the failure's first line, or empty if it held. */
  private static Optional<String> failure(
      Method property, IntFunction<? extends SwitchStrategy<UserRouteTable>> strategy) {
    FutureTask<Void> run = new FutureTask<>(() -> {
      property.invoke(new BatchedSwitchProperties(strategy));
      return null;
    });
    Thread thread = new Thread(run, "property " + property.getName());
    thread.setDaemon(true);
    thread.start();
    try {
      run.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
      return Optional.empty();
    } catch (TimeoutException ex) {
      run.cancel(true);
      return Optional.of("did not finish within " + TIME_LIMIT_SECONDS + " s");
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause() instanceof InvocationTargetException invocation
          ? invocation.getCause() : ex.getCause();
      String message = String.valueOf(cause.getMessage()).strip().lines().findFirst().orElse("");
      return Optional.of(cause instanceof AssertionError
          ? message : cause.getClass().getSimpleName() + ": " + message);
    }
  }
}
