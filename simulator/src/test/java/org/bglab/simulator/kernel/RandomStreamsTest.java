package org.bglab.simulator.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.bglab.simulator.kernel.RandomStreams.Purpose;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

  @Test
  void theSameSeedGivesTheSameSequencePerPurpose() {
    RandomStreams first = new RandomStreams(7);
    RandomStreams second = new RandomStreams(7);
    for (Purpose purpose : Purpose.values()) {
      assertEquals(first.stream(purpose).nextLong(), second.stream(purpose).nextLong(),
          purpose.name());
    }
  }

  @Test
  void purposesAndSeedsGetDifferentSequences() {
    Set<Long> firsts = new HashSet<>();
    for (long seed : new long[] {0, 1, 42}) {
      for (Purpose purpose : Purpose.values()) {
        firsts.add(new RandomStreams(seed).stream(purpose).nextLong());
      }
    }
    assertEquals(3 * Purpose.values().length, firsts.size());
    assertNotEquals(RandomStreams.derivedSeed(1, Purpose.USERS),
        RandomStreams.derivedSeed(2, Purpose.USERS));
  }
}
