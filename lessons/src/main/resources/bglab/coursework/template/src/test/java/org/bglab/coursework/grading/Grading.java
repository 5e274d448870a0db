package org.bglab.coursework.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bglab.coursework.exercise.NewestFirstSwitch;
import org.bglab.coursework.exercise.NewestFirstSwitchProperties;
import org.bglab.coursework.exercise.NewestFirstSwitchProperties.Property;
import org.bglab.coursework.faults.BatchedFault;
import org.bglab.coursework.properties.PropertiesGrader;

/**
 * Grades both exercises and prints the result as JSON, one object per check, with its name,
 * points, maximum, whether it passed and a message:
 * <pre>
 *   mvn -q test -Pgrade                      # every check, as a JSON array
 *   mvn -q test -Pgrade -Dgrade.check=E1.1   # one check, as one object; exit 1 if it failed
 * </pre>
 *
 * <p>Exercise 1 ({@code E1.1} to {@code E1.6}) earns {@value #POINTS_PER_PROPERTY} points per
 * property of the newest-first switch that holds. Exercise 2 earns {@value #POINTS_PER_PROPERTY}
 * points when the student's properties hold for the real batched switch ({@code E2.0}), and then
 * 1 point per faulty version they catch ({@code E2.F1}, ...).
 */
public final class Grading {

  static final int POINTS_PER_PROPERTY = 2;

  private Grading() {}

  /**
   * Runs the checks and prints them.
   *
   * @param args not used; the check to run comes from the system property {@code grade.check}
   */
  public static void main(String[] args) {
    String only = System.getProperty("grade.check", "").strip();
    List<Check> checks = only.isEmpty() ? all() : List.of(one(only));
    if (only.isEmpty()) {
      StringBuilder json = new StringBuilder("[");
      for (int i = 0; i < checks.size(); i++) {
        json.append(i == 0 ? "\n  " : ",\n  ").append(checks.get(i).toJson());
      }
      System.out.println(json.append("\n]"));
    } else {
      System.out.println(checks.get(0).toJson());
      System.out.flush();
      if (!checks.get(0).passed()) {
        System.exit(1);
      }
    }
  }

  /** Every check, exercise 1 first. */
  static List<Check> all() {
    List<Check> checks = new ArrayList<>();
    List<Property> properties = exercise1();
    for (int i = 0; i < properties.size(); i++) {
      checks.add(exercise1(i + 1, properties.get(i)));
    }
    Check reference = exercise2Reference();
    checks.add(reference);
    for (BatchedFault fault : BatchedFault.values()) {
      checks.add(exercise2(fault, reference.passed()));
    }
    return checks;
  }

  /** The check whose id is {@code id}, run on its own. */
  static Check one(String id) {
    List<Property> properties = exercise1();
    for (int i = 0; i < properties.size(); i++) {
      if (id.equals("E1." + (i + 1))) {
        return exercise1(i + 1, properties.get(i));
      }
    }
    if (id.equals("E2.0")) {
      return exercise2Reference();
    }
    for (BatchedFault fault : BatchedFault.values()) {
      if (id.equals("E2." + fault.id())) {
        return exercise2(fault, exercise2Reference().passed());
      }
    }
    throw new IllegalArgumentException("no check called " + id
        + "; the checks are E1.1 to E1." + properties.size() + ", E2.0 and E2.F1 to E2.F"
        + BatchedFault.values().length);
  }

  private static List<Property> exercise1() {
    return new NewestFirstSwitchProperties(NewestFirstSwitch::new).all();
  }

  private static Check exercise1(int number, Property property) {
    String name = "E1." + number + " newest-first switch: " + property.description();
    Optional<String> failure = failureOf(property.check());
    return new Check(name, failure.isEmpty() ? POINTS_PER_PROPERTY : 0, POINTS_PER_PROPERTY,
        failure.isEmpty(), failure.orElse(""));
  }

  private static Check exercise2Reference() {
    String name = "E2.0 your properties hold for the real BatchedSwitch";
    if (PropertiesGrader.properties().isEmpty()) {
      return new Check(name, 0, POINTS_PER_PROPERTY, false,
          "BatchedSwitchProperties has no properties yet");
    }
    List<String> failures = PropertiesGrader.failuresOnTheRealSwitch();
    return new Check(name, failures.isEmpty() ? POINTS_PER_PROPERTY : 0, POINTS_PER_PROPERTY,
        failures.isEmpty(), String.join("; ", failures));
  }

  private static Check exercise2(BatchedFault fault, boolean propertiesHold) {
    String name = "E2." + fault.id() + " faulty version " + fault.id() + " (" + fault.level()
        + ") caught";
    if (!propertiesHold) {
      return new Check(name, 0, 1, false,
          "not graded: your properties must hold for the real BatchedSwitch first (E2.0)");
    }
    Optional<String> by = PropertiesGrader.caughtBy(fault);
    return by.isPresent()
        ? new Check(name, 1, 1, true, "caught by " + by.get() + ": it " + fault.mistake())
        : new Check(name, 0, 1, false, "missed: every property held for it");
  }

  /** Runs one exercise-1 property with a time limit; its failure's message, or empty. */
  private static Optional<String> failureOf(Runnable check) {
    FutureTask<Void> run = new FutureTask<>(check, null);
    Thread thread = new Thread(run, "exercise 1 property");
    thread.setDaemon(true);
    thread.start();
    try {
      run.get(60, TimeUnit.SECONDS);
      return Optional.empty();
    } catch (TimeoutException ex) {
      run.cancel(true);
      return Optional.of("did not finish within 60 s: does the switch ever end?");
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause();
      String message = String.valueOf(cause.getMessage()).strip();
      return Optional.of(cause instanceof AssertionError
          ? message : cause.getClass().getSimpleName() + ": " + message);
    }
  }
}
