package org.bglab.simulator.strategy;

import java.time.Duration;
import org.bglab.simulator.model.TrafficSplit;

/**
 * Canary: a small share of traffic goes to green first, and after a bake time with green
 * watched, the rest follows in one shift. Two update calls, two weight writes, whatever the
 * number of users.
 */
public final class CanarySwitch extends ProgressiveShift {

  /** The name of this strategy. */
  public static final String NAME = "canary";

  private final double share;

  /**
   * @param share the share of traffic green gets first, in (0, 1]
   * @param bakeTime the wait between the canary and the full shift
   */
  public CanarySwitch(double share, Duration bakeTime) {
    super(bakeTime);
    toParts(share);
    this.share = share;
  }

  /** The share of traffic green gets first. */
  public double share() {
    return share;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected int[] sharesInParts() {
    int first = toParts(share);
    return first == TrafficSplit.PARTS ? new int[] {first} : new int[] {first, TrafficSplit.PARTS};
  }
}
