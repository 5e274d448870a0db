package org.bglab.benchmarks.switching;

import org.bglab.benchmarks.switching.StrategyUserSwitch.Drive;
import org.bglab.simulator.strategy.PerUserSwitch;

/** The per-user loops that {@link SimulatorOverheadBenchmark} sets side by side. */
public enum OverheadLoop {
  /** The per-user strategy finished in one call, counting in locals (the path of switchTo). */
  COUNTED_SWITCH {
    @Override
    public UserSwitch create(int users) {
      return new StrategyUserSwitch<>(new PerUserSwitch(), users, Drive.FINISH);
    }
  },
  /** The per-user strategy stepped one update call at a time, as a simulation drives it. */
  COUNTED_STEPS {
    @Override
    public UserSwitch create(int users) {
      return new StrategyUserSwitch<>(new PerUserSwitch(), users, Drive.STEPS);
    }
  },
  /** The same table written user by user with nothing counted. */
  UNCOUNTED_LOOP {
    @Override
    public UserSwitch create(int users) {
      return new UncountedTableLoop(users);
    }
  },
  /** A bare byte-array write loop, one byte per user. */
  BYTE_ARRAY {
    @Override
    public UserSwitch create(int users) {
      return new ByteArrayLoop(users);
    }
  };

  /** Routes for {@code users} users, all on blue. */
  public abstract UserSwitch create(int users);
}
