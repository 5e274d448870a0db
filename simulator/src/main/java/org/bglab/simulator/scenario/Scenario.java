package org.bglab.simulator.scenario;

import java.util.List;

/**
 * A scenario: a short script of cluster commands, traffic, waits and expectations, read from
 * plain text, one step a line ({@code #} starts a comment line, which the transcript keeps where
 * it stands). Each run starts from an empty cluster.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.parse("switch.scenario", text);   // ScenarioSyntaxException if malformed
 * ScenarioRun run = scenario.run();
 * run.passed();        // every expect line held
 * run.transcript();    // what happened, as records
 * }</pre>
 *
 * <p>Steps: {@code kubectl ...}; {@code bglab ...} (one of bglab's additions to kubectl, which
 * real kubectl does not have, marked as such); {@code send N requests [to SERVICE] [and SERVICE]... [over
 * DURATION] [on connections]}; {@code open N connections [to SERVICE] [for DURATION]};
 * {@code close connections [to SERVICE]}; {@code wait DURATION}; {@code set KEY VALUE};
 * {@code set faulty-image IMAGE error-rate=R}; {@code seed N}; {@code expect WHAT: CONDITIONS}. The format is described for people in
 * {@code scenarios/README.md} among the simulator's resources.
 */
public final class Scenario {

  /** The seed used when the text sets none. */
  public static final long DEFAULT_SEED = 42;

  private final String source;
  private final List<Step> steps;
  private final long seed;

  Scenario(String source, List<Step> steps, long seed) {
    this.source = source;
    this.steps = List.copyOf(steps);
    this.seed = seed;
  }

  /**
   * Reads scenario text.
   *
   * @param source a name for the text, used in error messages (usually the file name)
   * @param text the scenario
   * @throws ScenarioSyntaxException for the first line that cannot be read, as {@code source:line: problem}
   */
  public static Scenario parse(String source, String text) {
    return parse(source, text, 1);
  }

  /**
   * Reads scenario text embedded in a larger file (a question, a lesson) whose first line is line
   * {@code firstLine} of {@code source}; errors and transcript entries then carry the file's line
   * numbers.
   *
   * @throws ScenarioSyntaxException for the first line that cannot be read
   */
  public static Scenario parse(String source, String text, int firstLine) {
    if (firstLine < 1) {
      throw new IllegalArgumentException("lines count from 1, got " + firstLine);
    }
    return ScenarioParser.parse(source, text, firstLine);
  }

  /** The name given to {@link #parse}. */
  public String source() {
    return source;
  }

  /** The seed of the text's {@code seed} line, or {@link #DEFAULT_SEED}. */
  public long seed() {
    return seed;
  }

  /** The number of steps (lines that are neither blank, comments nor the seed). */
  public int stepCount() {
    return (int) steps.stream().filter(step -> !(step instanceof CommentStep)).count();
  }

  /** Runs the scenario with its own seed. */
  public ScenarioRun run() {
    return run(seed);
  }

  /** Runs the scenario with {@code seed} for the random choices of traffic. */
  public ScenarioRun run(long seed) {
    return new ScenarioRunner(seed).run(source, seed, steps);
  }
}
