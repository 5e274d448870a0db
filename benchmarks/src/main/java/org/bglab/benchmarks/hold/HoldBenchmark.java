package org.bglab.benchmarks.hold;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second of each {@link EventListKind} on the hold model with {@code pending} events
 * waiting (10^4 by default): each invocation lets {@value #EVENTS_PER_INVOCATION} events occur,
 * and JMH's throughput score is directly events per second.
 *
 * <p>Run it alone (from the repository root, after
 * {@code mvn -B -pl benchmarks -am package -DskipTests}):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar HoldBenchmark -rf json -rff results/jmh/hold.json
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class HoldBenchmark {

  /** Events that occur per benchmark invocation. */
  public static final int EVENTS_PER_INVOCATION = 100_000;

  /** The seed of the delay sequence, the same for every event list. */
  public static final long SEED = 42;

  /** Events waiting in the list at all times. */
  @Param({"10000"})
  public int pending;

  /** The event list under test. */
  @Param
  public EventListKind eventList;

  private HoldModel model;

  /** Fills the event list once per fork. */
  @Setup(Level.Trial)
  public void build() {
    model = eventList.create(pending, new HoldDelays(SEED));
  }

  /** Lets {@value #EVENTS_PER_INVOCATION} events occur; returns the clock, so nothing is elided. */
  @Benchmark
  @OperationsPerInvocation(EVENTS_PER_INVOCATION)
  public double hold() {
    return model.run(EVENTS_PER_INVOCATION);
  }
}
