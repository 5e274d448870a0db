package org.bglab.simulator.strategy;

import java.time.Duration;
import org.bglab.simulator.model.TrafficSplit;

/**
 * Linear: traffic moves to green in equal steps (10%, 20%, ... 100% by default), watching green
 * for an interval between steps. {@code ceil(1/step)} update calls and weight writes, whatever
 * the number of users. With an interval shorter than the time it takes to notice a fault, later
 * and larger steps meet the fault too.
 */
public final class LinearSwitch extends ProgressiveShift {

  /** The name of this strategy. */
  public static final String NAME = "linear";

  private final double step;

  /**
   * @param step the share of traffic each step adds, in (0, 1]
   * @param interval the wait between steps
   */
  public LinearSwitch(double step, Duration interval) {
    super(interval);
    toParts(step);
    this.step = step;
  }

  /** The share of traffic each step adds. */
  public double step() {
    return step;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  protected int[] sharesInParts() {
    int parts = toParts(step);
    int steps = (TrafficSplit.PARTS + parts - 1) / parts;
    int[] shares = new int[steps];
    for (int k = 0; k < steps; k++) {
      shares[k] = (int) Math.min(TrafficSplit.PARTS, (long) parts * (k + 1));
    }
    return shares;
  }
}
