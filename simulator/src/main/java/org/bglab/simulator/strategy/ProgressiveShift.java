package org.bglab.simulator.strategy;

import java.time.Duration;
import java.util.Objects;
import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.TrafficSplit;

/**
 * A strategy that shifts traffic to green by weight in steps, watching green for a bake time
 * between them, as managed ML endpoints do. Each step is one update call writing one weight (a
 * pointer write): the work is O(1) in the number of users. Moving back to blue is one step that
 * returns all traffic at once, as those platforms roll back.
 *
 * <p>Subclasses say which shares green gets, step by step.
 */
public abstract class ProgressiveShift implements SwitchStrategy<TrafficSplit> {

  private final Duration bakeTime;

  /**
   * @param bakeTime the wait after each shift but the last, not negative
   */
  protected ProgressiveShift(Duration bakeTime) {
    Objects.requireNonNull(bakeTime, "bakeTime");
    if (bakeTime.isNegative()) {
      throw new IllegalArgumentException("bake time cannot be negative, got " + bakeTime);
    }
    this.bakeTime = bakeTime;
  }

  /**
   * The shares green gets, in {@link TrafficSplit#PARTS parts per million}, one per step,
   * increasing and ending at {@link TrafficSplit#PARTS}.
   */
  protected abstract int[] sharesInParts();

  /** A share in (0, 1] in parts per million, at least 1 part. */
  protected static int toParts(double share) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("a share must be above 0 and at most 1, got " + share);
    }
    return (int) Math.max(1, Math.round(share * TrafficSplit.PARTS));
  }

  /** The wait after each shift but the last. */
  public Duration bakeTime() {
    return bakeTime;
  }

  @Override
  public TrafficSplit newRoutingState(int users) {
    return new TrafficSplit(users);
  }

  @Override
  public long routingBytes(long users) {
    return TrafficSplit.VALUE_BYTES;
  }

  @Override
  public SwitchProcess begin(TrafficSplit split, Environment target, OperationCounter counter) {
    int[] shares = target == Environment.GREEN ? sharesInParts() : new int[] {0};
    return new Process(split, shares, counter);
  }

  private final class Process implements SwitchProcess {
    private final TrafficSplit split;
    private final int[] shares;
    private final OperationCounter counter;
    private int next;

    Process(TrafficSplit split, int[] shares, OperationCounter counter) {
      this.split = split;
      this.shares = shares.clone();
      this.counter = counter;
    }

    @Override
    public boolean step() {
      if (isComplete()) {
        return false;
      }
      counter.recordUpdateCall();
      counter.recordPointerWrites(split.shiftTo(shares[next++]));
      return true;
    }

    @Override
    public Duration bakeAfterStep() {
      return isComplete() ? Duration.ZERO : bakeTime;
    }

    @Override
    public boolean isComplete() {
      return next >= shares.length;
    }
  }
}
