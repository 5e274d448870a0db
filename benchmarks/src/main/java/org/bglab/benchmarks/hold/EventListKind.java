package org.bglab.benchmarks.hold;

/** The event lists that {@link HoldBenchmark} compares. */
public enum EventListKind {
  /** {@link java.util.PriorityQueue} of event objects: the plain-JDK baseline. */
  PRIORITY_QUEUE {
    @Override
    public HoldModel create(int pending, HoldDelays delays) {
      return new PriorityQueueHold(pending, delays);
    }
  },
  /** SSJ's simulator with its default event list (a splay tree). */
  SSJ_DEFAULT {
    @Override
    public HoldModel create(int pending, HoldDelays delays) {
      return new SsjHold(pending, delays);
    }
  },
  /** The bglab engine's event queue (primitive-array heap), used on its own. */
  BGLAB_ENGINE {
    @Override
    public HoldModel create(int pending, HoldDelays delays) {
      return new EngineHold(pending, delays);
    }
  };

  /** A hold model with {@code pending} events scheduled at delays drawn from {@code delays}. */
  public abstract HoldModel create(int pending, HoldDelays delays);
}
