package org.bglab.coursework.examples;

import static org.bglab.coursework.examples.SwitchInputs.strategyNames;
import static org.bglab.coursework.examples.SwitchInputs.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.bglab.simulator.engine.Simulation;
import org.bglab.simulator.engine.SimulationConfig;
import org.bglab.simulator.metrics.RequestCounts;
import org.bglab.simulator.metrics.SimulationReport;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** What becomes of the requests that arrive while a switch is under way. */
class RequestConservationPropertiesTest {

  /** Runs are simulated request by request, so fewer of them, each capped at 5,000 requests. */
  private static final int RUNS = 30;

  /**
   * Random runs of the discrete-event engine: any strategy, user count, request rate, error rate
   * of green (which may trigger a rollback) and seed. {@code Gen.zip} builds one input from
   * several generators, and each of them still shrinks.
   */
  private static Gen<SimulationConfig> runs() {
    return strategyNames().zip(users(), integers().between(0, 3_000),
            integers().between(0, 100), longs().all(),
            (name, users, rps, errorPercent, seed) -> SimulationConfig.of(name, users)
                .withRequestsPerSecond(rps)
                .withGreenErrorRate(errorPercent / 100.0)
                .withSeed(seed)
                .withMaxRequests(5_000))
        .describedAs(run -> String.format("%s, n=%d, %.0f requests/s, green fails %.0f%%, seed %d",
            run.strategy().name(), run.users(), run.requestsPerSecond(), run.greenErrorRate() * 100,
            run.seed()));
  }

  /**
   * <b>Requests are conserved during a switch.</b> Every request sent while the switch runs is
   * served by blue, served by green or failed, exactly one of the three: sent = served by blue +
   * served by green + failed. And each was routed by exactly one read of the routing state.
   *
   * <p>Why it matters: requests keep arriving while routes change under them, and a rollback
   * may start half-way. A simulator that lost a request there, or counted one twice, would get
   * green's error rate wrong, and that rate is what decides whether to roll back. In production
   * a lost request is a user who got no answer at all.
   */
  @Test
  void requestsAreConservedDuringASwitch() {
    qt().withExamples(RUNS).forAll(runs()).checkAssert(run -> {
      SimulationReport report = Simulation.run(run);
      RequestCounts requests = report.requests();
      assertEquals(requests.sent(),
          requests.servedByBlue() + requests.servedByGreen() + requests.failed(),
          "sent = served by blue + served by green + failed");
      assertEquals(requests.sent(), report.counts().routingReads(), "one routing read a request");
    });
  }
}
