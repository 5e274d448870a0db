package org.bglab.coursework.properties;

import java.util.function.IntFunction;
import org.bglab.simulator.model.UserRouteTable;
import org.bglab.simulator.strategy.SwitchStrategy;

/**
 * <b>Exercise 2: write the properties of the batched switch.</b>
 *
 * <p>The simulator's {@code BatchedSwitch} moves {@code n} users from blue to green in update
 * calls of up to {@code b} users each. Here is what it promises; nothing else is promised:
 * <ol>
 *   <li>It works on a routing table with one entry per user ({@code UserRouteTable}); a new
 *       table routes every user to blue.
 *   <li>Each {@code step()} of its process is one update call, recorded in the counter when it
 *       is made. The calls take the users in order from user 0 upwards, {@code b} at a time; the
 *       last call takes what is left.
 *   <li>Each call records the entries it wrote, as the table reported them, when it makes them.
 *   <li>So a complete switch makes {@code ceil(n/b)} calls and writes {@code n} entries, and
 *       every user is on green at the end.
 *   <li>{@code isComplete()} is {@code true} exactly when every call has been made. A step after
 *       that makes no call, records nothing and returns {@code false}.
 *   <li>Switching back to blue is the same process with the other target: every user ends on
 *       blue, at the same cost as the switch to green.
 * </ol>
 *
 * <p><b>Your task:</b> turn these promises into properties, as public methods of this class with
 * no parameters that return nothing, like the ones in {@code org.bglab.coursework.examples}. A
 * property tries many switches with QuickTheories ({@code qt().forAll(...).checkAssert(...)}) and
 * throws an {@code AssertionError} (a failed JUnit assertion) naming a counterexample when one
 * breaks the promise. Create every strategy you check with {@link #batched(int)}: the grader hands
 * this class the real {@code BatchedSwitch}, and then a series of faulty versions of it whose
 * source you do not get, some easy to catch, some subtle. Your properties must all hold for the
 * real one; each faulty one that makes at least one of them fail is caught.
 *
 * <p>Run {@code mvn test}: the report under "Exercise 2" lists each faulty version as CAUGHT or
 * MISSED, with your score. Think about where batch code goes wrong: one user, a batch that divides
 * {@code n} and one that does not, a batch larger than {@code n}, sizes around multiples of 64
 * (the table keeps 64 users to a word), the state between two calls, the way back.
 */
public final class BatchedSwitchProperties {

  private final IntFunction<? extends SwitchStrategy<UserRouteTable>> batched;

  /**
   * Properties of the switch {@code batched} makes for a batch size. The grader calls this; you
   * do not need to.
   *
   * @param batched the switch under test, for a batch size
   */
  public BatchedSwitchProperties(IntFunction<? extends SwitchStrategy<UserRouteTable>> batched) {
    this.batched = batched;
  }

  /**
   * The switch under test, with {@code batchSize} users per update call.
   *
   * @param batchSize users per update call, at least 1
   * @return a new strategy; pass it to {@code TrafficRouter.create(strategy, n)}
   */
  private SwitchStrategy<UserRouteTable> batched(int batchSize) {
    return batched.apply(batchSize);
  }

  // Write your properties here, for example:
  //
  // public void everyUserEndsOnGreen() {
  //   qt().forAll(...).checkAssert(...);
  // }
}
