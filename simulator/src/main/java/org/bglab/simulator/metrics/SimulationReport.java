package org.bglab.simulator.metrics;


/**
 * Everything one simulated switch measured: the work it did, where users were routed afterwards,
 * how long it took and how long versions were mixed, what became of the requests that arrived
 * meanwhile, the capacity it needed, and the rollback if green's errors triggered one.
 *
 * @param strategy the strategy's name
 * @param users the number of users
 * @param batchSize the strategy's users per update call
 *     ({@link org.bglab.simulator.strategy.SwitchStrategy#batchSize()}), 0 when it has none
 * @param seed the seed of every random choice
 * @param counts every operation of the run: the switch, the rollback if any, and one routing read
 *     per request
 * @param routing the routing state at the end of the run
 * @param time when the switch ended, how long versions were mixed, how long traffic flowed
 * @param requests the requests and what became of them
 * @param capacity replicas per environment and at the peak
 * @param rollback the rollback, or {@code null} when none was triggered
 * @param timeline where requests went over time
 * @param placement where the routing state lived: a central router or proxy nodes
 * @param exposure how far green had reached when the alarm fired (or by the end without one)
 */
public record SimulationReport(
    String strategy,
    int users,
    int batchSize,
    long seed,
    OperationCounts counts,
    RoutingSummary routing,
    SwitchTiming time,
    RequestCounts requests,
    Capacity capacity,
    RollbackReport rollback,
    Timeline timeline,
    Placement placement,
    Exposure exposure) {

  /** The failed share of the requests routed to green, 0 when none was. */
  public double failedShareOfGreen() {
    return requests.routedToGreen() == 0 ? 0 : (double) requests.failed() / requests.routedToGreen();
  }

  /** Whether green's errors triggered a rollback. */
  public boolean rolledBack() {
    return rollback != null;
  }
}
