package org.bglab.benchmarks.switching;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A JMH secondary metric: the users moved by the switches of an iteration. JMH normalises it like
 * the primary metric, so in average-time mode it reads as nanoseconds per user, reported as
 * {@code perUser} next to nanoseconds per switch.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class UsersSwitched {

  /** Users moved so far in this iteration (public: JMH reads the field by name). */
  public long perUser;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    perUser = 0;
  }
}
