package org.bglab.coursework.examples;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.bglab.simulator.strategy.Strategies;
import org.bglab.simulator.strategy.StrategyOptions;
import org.bglab.simulator.strategy.SwitchStrategy;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.quicktheories.QuickTheory;

/**
 * What the example properties check, and how: the strategy for a name and a batch size, and the
 * QuickTheories runner that tries them.
 *
 * <p>JUnit hands each property class the {@link #builtIn() built-in} lab through its constructor
 * (see {@link Resolver}): the simulator's own strategies, with a new random seed each run, or the
 * one given as {@code -DQT_SEED=...}. A test that wants to know whether the properties would
 * catch a broken strategy builds the same classes with another lab.
 *
 * @param strategies the strategy under test for a name and a batch size
 * @param theory a new QuickTheories runner for each property
 */
public record SwitchLab(
    BiFunction<String, Integer, SwitchStrategy<?>> strategies, Supplier<QuickTheory> theory) {

  /**
   * The simulator's strategies, from its registry, tried with a random seed.
   *
   * @return the lab the example properties run with
   */
  public static SwitchLab builtIn() {
    return new SwitchLab(
        (name, batchSize) -> Strategies.create(name, new StrategyOptions(batchSize)),
        QuickTheory::qt);
  }

  /**
   * The strategy called {@code name}, with batch size {@code batchSize} where it takes one.
   *
   * @param name a strategy name, such as {@code batched}
   * @param batchSize users per update call
   * @return a new strategy
   */
  public SwitchStrategy<?> strategy(String name, int batchSize) {
    return strategies.apply(name, batchSize);
  }

  /**
   * A QuickTheories runner, as {@code QuickTheory.qt()} gives one.
   *
   * @return a runner to start a property with
   */
  public QuickTheory qt() {
    return theory.get();
  }

  /**
   * The same lab, always trying the same inputs.
   *
   * @param seed the QuickTheories seed
   * @return a lab whose runners use {@code seed}
   */
  public SwitchLab withFixedSeed(long seed) {
    return new SwitchLab(strategies, () -> QuickTheory.qt().withFixedSeed(seed));
  }

  /** Lets JUnit pass {@link SwitchLab#builtIn()} to a test class's constructor. */
  public static final class Resolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == SwitchLab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return builtIn();
    }
  }
}
