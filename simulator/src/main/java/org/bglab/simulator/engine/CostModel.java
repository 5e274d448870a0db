package org.bglab.simulator.engine;

import java.time.Duration;
import java.util.Objects;
import org.bglab.simulator.input.InputError;

/**
 * What each kind of operation costs in simulated time. A switch step lasts as long as the
 * operations it recorded: its update calls, entries written and pointer writes, each at its cost.
 * When the routing state is copied to proxy nodes, every write of the call, route entry, pointer
 * or weight, then reaches the nodes over the propagation time.
 *
 * @param updateCall one update call's round trip to the router
 * @param entryWrite writing one routing-table entry
 * @param pointerWrite writing one pointer, selector or weight in the control plane
 * @param propagation from the end of a call until the slowest proxy node has applied its writes;
 *     the fastest node applies them at once, each other one after its own seeded lag in between
 *     (unused by a central router)
 */
public record CostModel(
    Duration updateCall, Duration entryWrite, Duration pointerWrite, Duration propagation) {

  /**
   * The documented defaults: update call 1 ms, entry write 1 µs, pointer write 1 ms, selector
   * propagation 1 s.
   */
  public static final CostModel DEFAULTS = new CostModel(
      Duration.ofMillis(1), Duration.ofNanos(1_000), Duration.ofMillis(1), Duration.ofSeconds(1));

  /** Validates the costs: none missing, none negative. */
  public CostModel {
    requireCost("update call", updateCall);
    requireCost("entry write", entryWrite);
    requireCost("pointer write", pointerWrite);
    requireCost("propagation", propagation);
  }

  private static void requireCost(String name, Duration cost) {
    Objects.requireNonNull(cost, name);
    if (cost.isNegative()) {
      throw new IllegalArgumentException(name + " cannot take negative time, got " + cost);
    }
  }

  /**
   * The simulated nanoseconds that {@code calls} update calls carrying {@code entries} entry
   * writes and {@code pointerWrites} pointer writes take.
   *
   * @throws InputError when the total does not fit the simulated clock: the users and costs
   *     given are too large together
   */
  public long nanosFor(long calls, long entries, long pointerWrites) {
    try {
      return Math.addExact(Math.addExact(
          Math.multiplyExact(calls, updateCall.toNanos()),
          Math.multiplyExact(entries, entryWrite.toNanos())),
          Math.multiplyExact(pointerWrites, pointerWrite.toNanos()));
    } catch (ArithmeticException ex) {
      throw new InputError(
          "the switch would last longer than the simulated clock can count (about 292 years)");
    }
  }

  /** This model with another update call cost. */
  public CostModel withUpdateCall(Duration cost) {
    return new CostModel(cost, entryWrite, pointerWrite, propagation);
  }

  /** This model with another entry write cost. */
  public CostModel withEntryWrite(Duration cost) {
    return new CostModel(updateCall, cost, pointerWrite, propagation);
  }

  /** This model with another pointer write cost. */
  public CostModel withPointerWrite(Duration cost) {
    return new CostModel(updateCall, entryWrite, cost, propagation);
  }

  /** This model with another propagation time. */
  public CostModel withPropagation(Duration time) {
    return new CostModel(updateCall, entryWrite, pointerWrite, time);
  }
}
