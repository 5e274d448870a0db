package org.bglab.coursework.properties;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bglab.coursework.faults.BatchedFault;
import org.junit.jupiter.api.Test;

/**
 * Exercise 2's check: runs the properties in {@link BatchedSwitchProperties} against the real
 * batched switch and against every faulty version, and prints one line per faulty version, CAUGHT
 * or MISSED, with the score. Red until the properties hold for the real switch and catch every
 * faulty version.
 */
class WrittenPropertiesTest {

  private static final String SOURCE =
      "src/test/java/org/bglab/coursework/properties/BatchedSwitchProperties.java";

  @Test
  void yourPropertiesHoldForTheRealSwitchAndCatchEveryFaultyOne() {
    String nl = System.lineSeparator();
    StringBuilder report = new StringBuilder(nl)
        .append("Exercise 2: properties of the batched switch (").append(SOURCE).append(')')
        .append(nl);
    List<Method> properties = PropertiesGrader.properties();
    if (properties.isEmpty()) {
      print(report.append("RED: no properties yet. Write public void methods with no parameters"
          + " in BatchedSwitchProperties (read its Javadoc).").append(nl));
      fail("exercise 2: BatchedSwitchProperties has no properties yet");
    }
    report.append("  your properties: ").append(properties.stream().map(Method::getName)
        .collect(Collectors.joining(", "))).append(nl);
    List<String> wrong = PropertiesGrader.failuresOnTheRealSwitch();
    if (!wrong.isEmpty()) {
      report.append("  FAIL on the real BatchedSwitch, which keeps every promise:").append(nl);
      wrong.forEach(line -> report.append("          ").append(line).append(nl));
      print(report.append("RED: a property must hold for the real switch before it can catch a"
          + " faulty one. Fix the property (or its generator), then run again.").append(nl));
      fail("exercise 2: " + wrong.size() + " of your properties fail on the real BatchedSwitch");
    }
    report.append("  PASS  every property holds for the real BatchedSwitch").append(nl);
    int caught = 0;
    for (BatchedFault fault : BatchedFault.values()) {
      Optional<String> by = PropertiesGrader.caughtBy(fault);
      if (by.isPresent()) {
        caught++;
        report.append(String.format("  CAUGHT  %-3s (%s) %s, by %s%n",
            fault.id(), fault.level(), fault.mistake(), by.get()));
      } else {
        report.append(String.format("  MISSED  %-3s (%s)%n", fault.id(), fault.level()));
      }
    }
    int all = BatchedFault.values().length;
    print(report.append(caught == all
        ? "GREEN: score " + caught + " of " + all + ", every faulty version caught. Exercise done."
        : "RED: score " + caught + " of " + all + " faulty versions caught. Which promise does a"
            + " MISSED one break? Write a property for it, then run again.").append(nl));
    if (caught < all) {
      fail("exercise 2: " + (all - caught) + " of " + all + " faulty versions missed");
    }
  }

  private static void print(CharSequence report) {
    System.out.print(report);
    System.out.flush();
  }
}
