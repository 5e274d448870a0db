package org.bglab.simulator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelsTest {

  private final Labels bluePod = Labels.parse("app=model,env=blue,tier=ml");

  @Test
  void aSelectorMatchesPodsCarryingAllItsPairs() {
    assertTrue(Labels.parse("app=model,env=blue").selects(bluePod));
    assertTrue(Labels.parse("env=blue").selects(bluePod));
    assertFalse(Labels.parse("app=model,env=green").selects(bluePod));
    assertFalse(Labels.parse("app=model,version=v1").selects(bluePod));
  }

  @Test
  void anEmptySelectorMatchesNothing() {
    assertFalse(Labels.NONE.selects(bluePod));
    assertFalse(Labels.parse("").selects(bluePod));
  }

  @Test
  void printsSortedLikeKubectl() {
    assertEquals("app=model,env=blue,tier=ml", Labels.parse("tier=ml,env=blue,app=model").toString());
    assertEquals("<none>", Labels.NONE.toString());
  }

  @Test
  void withAndWithoutReturnNewLabels() {
    Labels green = bluePod.with("env", "green").without("tier");
    assertEquals("app=model,env=green", green.toString());
    assertEquals("app=model,env=blue,tier=ml", bluePod.toString());
  }

  @Test
  void rejectsPairsWithoutEquals() {
    assertThrows(IllegalArgumentException.class, () -> Labels.parse("app=model,env"));
    assertThrows(IllegalArgumentException.class, () -> Labels.parse("=blue"));
  }
}
