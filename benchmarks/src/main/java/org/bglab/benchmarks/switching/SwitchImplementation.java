package org.bglab.benchmarks.switching;

import org.bglab.benchmarks.switching.StrategyUserSwitch.Drive;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.PerUserSwitch;
import org.bglab.simulator.strategy.PointerSwap;
import org.bglab.simulator.strategy.StrategyOptions;

/** The ways of holding and switching routes that {@link SwitchCostBenchmark} compares. */
public enum SwitchImplementation {
  /** The analysed routine ported as is: a string map, one map update per user. */
  NAIVE_MAP {
    @Override
    public UserSwitch create(int users) {
      return new NaiveRouteMap(users);
    }
  },
  /** The simulator's per-user strategy on its one-bit-per-user table, counted. */
  PER_USER {
    @Override
    public UserSwitch create(int users) {
      return new StrategyUserSwitch<>(new PerUserSwitch(), users, Drive.FINISH);
    }
  },
  /** The simulator's batched strategy (default batch size) on the same table, counted. */
  BATCHED {
    @Override
    public UserSwitch create(int users) {
      return new StrategyUserSwitch<>(
          new BatchedSwitch(StrategyOptions.DEFAULT_BATCH_SIZE), users, Drive.FINISH);
    }
  },
  /** The simulator's pointer swap: one reference write, whatever the number of users. */
  POINTER_SWAP {
    @Override
    public UserSwitch create(int users) {
      return new StrategyUserSwitch<>(new PointerSwap(), users, Drive.FINISH);
    }
  };

  /** Routes for {@code users} users, all on blue. */
  public abstract UserSwitch create(int users);
}
