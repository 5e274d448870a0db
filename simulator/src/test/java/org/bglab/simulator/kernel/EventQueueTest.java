package org.bglab.simulator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class EventQueueTest {

  @Test
  void eventsWithEqualTimesLeaveInTheOrderTheyWereAdded() {
    EventQueue<Integer> queue = new EventQueue<>(2);
    for (int payload = 0; payload < 50; payload++) {
      queue.add(payload % 2 == 0 ? 1_000L : 500L, payload);
    }
    List<Integer> order = new ArrayList<>();
    while (!queue.isEmpty()) {
      order.add(queue.removeFirst());
    }
    List<Integer> expected = new ArrayList<>();
    for (int payload = 1; payload < 50; payload += 2) {
      expected.add(payload);
    }
    for (int payload = 0; payload < 50; payload += 2) {
      expected.add(payload);
    }
    assertEquals(expected, order);
  }

  @Test
  void anEventAddedFirstAtItsTimeGoesAheadOfTheOrdinaryOnesAtThatTime() {
    EventQueue<String> queue = new EventQueue<>(1);
    queue.add(5, "arrival at 5");
    queue.add(3, "arrival at 3");
    queue.addFirstAtItsTime(5, "action at 5");
    queue.add(5, "late arrival at 5");
    queue.addFirstAtItsTime(5, "second action at 5");
    queue.addFirstAtItsTime(7, "action at 7");
    List<String> order = new ArrayList<>();
    while (!queue.isEmpty()) {
      order.add(queue.removeFirst());
    }
    assertEquals(List.of("arrival at 3", "action at 5", "second action at 5", "arrival at 5",
        "late arrival at 5", "action at 7"), order);
  }

  /**
   * Replacing the first event leaves every later event in the same order as removing it and
   * adding the new one: over random scripts of adds, urgent adds, removals and replacements with
   * times from a small set, so ties are common.
   */
  @Test
  void replacingTheFirstEventIsRemovingItThenAdding() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-2, 15)).ofSizeBetween(0, 300))
        .checkAssert(script -> {
          EventQueue<Integer> replaced = new EventQueue<>(1);
          EventQueue<Integer> reference = new EventQueue<>(1);
          int payload = 0;
          for (int code : script) {
            if (code == -1 && !replaced.isEmpty()) {
              assertEquals(reference.removeFirst(), replaced.removeFirst());
            } else if (code == -2 && !replaced.isEmpty()) {
              assertEquals(reference.firstPayload(), replaced.firstPayload());
              long time = replaced.firstTime() + payload % 3;
              reference.removeFirst();
              reference.add(time, payload);
              replaced.replaceFirst(time, payload++);
            } else if (code >= 12) {
              reference.addFirstAtItsTime(code - 10, payload);
              replaced.addFirstAtItsTime(code - 10, payload++);
            } else if (code >= 0) {
              reference.add(code, payload);
              replaced.add(code, payload++);
            }
          }
          while (!reference.isEmpty()) {
            assertEquals(reference.firstTime(), replaced.firstTime());
            assertEquals(reference.removeFirst(), replaced.removeFirst());
          }
          assertTrue(replaced.isEmpty());
        });
  }

  @Test
  void tellsTheFirstEventWithoutRemovingIt() {
    EventQueue<Integer> queue = new EventQueue<>();
    queue.add(3, 30);
    queue.add(-1, 10);
    queue.add(2, 20);
    assertEquals(-1, queue.firstTime());
    assertEquals(10, queue.firstPayload());
    assertEquals(3, queue.size());
    assertEquals(10, queue.removeFirst());
    assertEquals(2, queue.firstTime());
    queue.clear();
    assertTrue(queue.isEmpty());
  }

  @Test
  void refusesWhatHasNoPlaceInTheOrder() {
    EventQueue<Integer> queue = new EventQueue<>(0);
    assertThrows(NoSuchElementException.class, queue::removeFirst);
    assertThrows(NoSuchElementException.class, queue::firstTime);
    assertThrows(NullPointerException.class, () -> queue.add(1, null));
    assertThrows(NoSuchElementException.class, () -> queue.replaceFirst(1, 1));
    assertThrows(IllegalArgumentException.class, () -> new EventQueue<Integer>(-1));
  }

  /**
   * Adds and removals interleaved at random (times from a small set, so ties are common) leave
   * events in the order of a stable sort by time of everything added so far.
   */
  @Test
  void agreesWithAStableSortByTime() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(-1, 12)).ofSizeBetween(0, 300))
        .checkAssert(script -> {
          EventQueue<Integer> queue = new EventQueue<>(1);
          List<double[]> reference = new ArrayList<>();
          int payload = 0;
          for (int code : script) {
            if (code < 0) {
              if (reference.isEmpty()) {
                continue;
              }
              double[] expected = reference.stream()
                  .min(Comparator.<double[]>comparingDouble(e -> e[0])
                      .thenComparingDouble(e -> e[1]))
                  .orElseThrow();
              reference.remove(expected);
              assertEquals((long) expected[0], queue.firstTime());
              assertEquals((int) expected[1], queue.removeFirst());
            } else {
              long time = code * 250L;
              queue.add(time, payload);
              reference.add(new double[] {time, payload});
              payload++;
            }
            assertEquals(reference.size(), queue.size());
          }
        });
  }
}
