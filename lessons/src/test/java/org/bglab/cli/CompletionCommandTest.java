package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {

  @Test
  void printsABashScriptThatKnowsTheSubcommandsAndStrategies() {
    CliRun run = CliRun.of("completion");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("complete -F"), "a bash completion function is registered");
    assertTrue(run.out().contains("simulate"), "subcommands are completed");
    assertTrue(run.out().contains("pointer-swap"), "strategy names are completed");
  }

  @Test
  void welcomeSaysWhatToTypeNext() {
    CliRun run = CliRun.of();
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("bglab simulate"), run.out());
  }
}
