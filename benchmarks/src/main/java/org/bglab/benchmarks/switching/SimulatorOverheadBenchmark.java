package org.bglab.benchmarks.switching;

import org.openjdk.jmh.annotations.Param;

/**
 * What the simulator's measured counting costs: its counted per-user switch against the same
 * one-bit-per-user table written in an uncounted loop, and against a bare byte-array write loop,
 * at the same {@code n} in the same run (see {@link OverheadLoop}). Nanoseconds per switch, and
 * per user as the {@code perUser} secondary score (see {@link AllUsersSwitchBenchmark}).
 *
 * <p>Run it alone (from the repository root, after
 * {@code mvn -B -pl benchmarks -am package -DskipTests}):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SimulatorOverheadBenchmark -rf json -rff results/jmh/overhead.json
 * </pre>
 */
public class SimulatorOverheadBenchmark extends AllUsersSwitchBenchmark {

  /** The loop being timed. */
  @Param
  public OverheadLoop loop;

  @Override
  protected UserSwitch createRoutes(int users) {
    return loop.create(users);
  }
}
