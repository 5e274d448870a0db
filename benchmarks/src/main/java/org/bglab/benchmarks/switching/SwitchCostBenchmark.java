package org.bglab.benchmarks.switching;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;

/**
 * Wall time of one switch of every user, across {@code n}, for each {@link SwitchImplementation}:
 * the naive string map of the analysed routine, the simulator's compact table switched per user
 * and in batches (through the real strategies, counted), and the pointer swap. Nanoseconds per
 * switch, and per user as the {@code perUser} secondary score (see
 * {@link AllUsersSwitchBenchmark}).
 *
 * <p>Run it alone (from the repository root, after
 * {@code mvn -B -pl benchmarks -am package -DskipTests}):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SwitchCostBenchmark -rf json -rff results/jmh/switch-cost.json
 * </pre>
 *
 * The naive map at {@code n = 10^7} holds about 1 GB, hence the fork's heap setting.
 */
@Fork(value = 3, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SwitchCostBenchmark extends AllUsersSwitchBenchmark {

  /** How the routes are held and switched. */
  @Param
  public SwitchImplementation implementation;

  @Override
  protected UserSwitch createRoutes(int users) {
    return implementation.create(users);
  }
}
