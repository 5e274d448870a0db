package org.bglab.benchmarks.switching;

import java.util.concurrent.TimeUnit;
import org.bglab.simulator.model.Environment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shared shape of the switch benchmarks: {@code n} users, routes built once per fork with
 * every user on blue, and one timed operation that moves every user to the other environment
 * (blue to green, then back), so that each switch really rewrites the routes.
 *
 * <p>The primary score is nanoseconds per switch; the secondary {@code perUser} score is the same
 * time divided by the users moved. Subclasses add the {@code @Param} that picks the
 * implementation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class AllUsersSwitchBenchmark {

  /** The number of users. */
  @Param({"1000", "10000", "100000", "1000000", "10000000"})
  public int n;

  private UserSwitch routes;
  private Environment target;

  /** The routes under test for {@code users} users, all on blue. */
  protected abstract UserSwitch createRoutes(int users);

  /** Builds the routes once per fork. */
  @Setup(Level.Trial)
  public void build() {
    routes = createRoutes(n);
    target = Environment.GREEN;
  }

  /** Moves every user to the other environment. */
  @Benchmark
  public void switchAllUsers(UsersSwitched users) {
    routes.switchTo(target);
    target = target.other();
    users.perUser += n;
  }
}
