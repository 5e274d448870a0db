package org.bglab.cli.input;

import java.util.Iterator;
import org.bglab.simulator.strategy.Strategies;

/** The strategy names, for help texts and shell completion. */
public final class StrategyNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Strategies.names().iterator();
  }
}
