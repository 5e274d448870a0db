package org.bglab.simulator.metrics;

/**
 * The requests of a simulated run and what became of them. Each request is served by blue,
 * served by green, or fails.
 *
 * @param sent requests that arrived
 * @param servedByBlue requests blue answered
 * @param servedByGreen requests green answered correctly
 * @param failed requests that failed
 * @param routedToGreen requests the routing state sent to green, served or failed
 * @param rps the rate the requests arrived at, per second of simulated time
 * @param requestedRps the rate that was asked for
 * @param rateLowered whether {@code rps} was lowered from {@code requestedRps} so that the run
 *     stays within its cap on requests
 */
public record RequestCounts(
    long sent,
    long servedByBlue,
    long servedByGreen,
    long failed,
    long routedToGreen,
    double rps,
    double requestedRps,
    boolean rateLowered) {

  /** The share of requests routed to green, 0 when none was sent. */
  public double greenShare() {
    return sent == 0 ? 0 : (double) routedToGreen / sent;
  }
}
