package org.bglab.coursework.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.RoutingState;
import org.bglab.simulator.strategy.BatchedSwitch;
import org.bglab.simulator.strategy.PerUserSwitch;
import org.bglab.simulator.strategy.PointerSwap;
import org.bglab.simulator.strategy.Strategies;
import org.quicktheories.core.Gen;

/**
 * The random inputs the example properties draw from, and the one check they share.
 *
 * <p>QuickTheories shrinks integers towards the low end of their range, so a failing property is
 * reported with the smallest {@code n} and {@code b} that still fail. {@code describedAs} makes
 * that report read {@code n=3} rather than a bare {@code 3}.
 */
final class SwitchInputs {

  /** Examples per property: enough to find boundary mistakes, few enough to keep the build fast. */
  static final int EXAMPLES = 50;

  /** The largest user count tried. Growth in n is the subject, so sizes span five decades. */
  static final int MAX_USERS = 100_000;

  private SwitchInputs() {}

  /**
   * User counts from 1 to {@link #MAX_USERS}, drawn so that every run tries the sizes where
   * switching code goes wrong: one user, and counts just below, at and just above a multiple of
   * 64 (the routing table keeps 64 users to a 64-bit word), as well as random ones. Uniform
   * counts alone rarely land on a word boundary, so a mistake there would be caught on some runs
   * and missed on others. Both the kind and the number shrink, so a failure is still reported at
   * the smallest count that fails.
   */
  static Gen<Integer> users() {
    return integers().between(0, 4).zip(integers().between(1, MAX_USERS), (kind, raw) -> {
      int words = Math.round(raw / 64f);
      return switch (kind) {
        case 0 -> raw;
        case 1 -> 1;
        default -> words == 0 ? raw : Math.min(MAX_USERS, words * 64 + kind - 3);
      };
    }).describedAs(n -> "n=" + n);
  }

  /**
   * Batch sizes from 1 to 2000: random ones, smaller than, equal to and larger than many user
   * counts, as well as 1 and 64, which divides every multiple of 64 that {@link #users()} draws.
   */
  static Gen<Integer> batchSizes() {
    return integers().between(0, 2).zip(integers().between(1, 2_000),
            (kind, raw) -> kind == 0 ? raw : kind == 1 ? 1 : 64)
        .describedAs(b -> "b=" + b);
  }

  /**
   * Every strategy the registry knows, so that a strategy added later is checked as well.
   * Shrinks towards the first name, {@code per-user}.
   */
  static Gen<String> strategyNames() {
    return arbitrary().pick(Strategies.names());
  }

  /**
   * The strategies that switch by writing routes or one pointer, the three the complexity
   * analysis compares; not the progressive traffic shifts (canary, linear).
   */
  static Gen<String> routeWritingStrategyNames() {
    return arbitrary().pick(List.of(PerUserSwitch.NAME, BatchedSwitch.NAME, PointerSwap.NAME));
  }

  /**
   * Fails, naming the strategy and the first user who is not, unless every user is routed to
   * {@code expected}.
   */
  static void assertEveryoneOn(Environment expected, RoutingState state, String strategy) {
    for (int user = 0; user < state.users(); user++) {
      if (state.routeOf(user) != expected) {
        assertEquals(expected, state.routeOf(user), strategy + ": route of user " + user);
      }
    }
    assertEquals(state.users(), state.usersOn(expected),
        strategy + ": users on " + expected.label());
  }
}
