package org.bglab.simulator.metrics;

/**
 * The requests that arrived in one slice of simulated time.
 *
 * @param startNanos the start of the slice, from the start of the run
 * @param blue requests routed to blue
 * @param green requests routed to green
 * @param failed requests that failed (all of them routed to green)
 */
public record TimelineBucket(long startNanos, long blue, long green, long failed) {

  /** Requests that arrived in the slice. */
  public long requests() {
    return blue + green;
  }

  /** The share of the slice's requests routed to green, 0 when none arrived. */
  public double greenShare() {
    long requests = requests();
    return requests == 0 ? 0 : (double) green / requests;
  }
}
