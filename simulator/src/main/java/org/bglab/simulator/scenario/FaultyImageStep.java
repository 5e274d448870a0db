package org.bglab.simulator.scenario;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code set faulty-image IMAGE error-rate=R}: pods running {@code IMAGE} (a model version) become
 * ready and serve like any other, but answer each request with an error with probability
 * {@code R} (from 0 to 1; 0 makes the image healthy again). The draws come from the scenario's
 * seed, so the same seed fails the same requests.
 *
 * @param image the image, as written in {@code --image} or {@code set image}
 * @param errorRate the share of requests answered with an error
 */
record FaultyImageStep(int line, String text, String image, BigDecimal errorRate) implements Step {

  /** The setting's key. */
  static final String KEY = "faulty-image";

  private static final String USAGE = "set faulty-image IMAGE error-rate=R, such as set faulty-image model:v2 error-rate=0.3";

  /**
   * Reads the words of the line.
   *
   * @throws IllegalArgumentException when the line does not have that shape or the rate is not from 0 to 1
   */
  static FaultyImageStep parse(int line, String text, List<String> words) {
    if (words.size() != 4 || !words.get(3).startsWith("error-rate=")) {
      throw new IllegalArgumentException("expected " + USAGE);
    }
    String rate = words.get(3).substring("error-rate=".length());
    if (!rate.matches("\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException("the error rate must be a number from 0 to 1, got \"" + rate + "\"");
    }
    BigDecimal errorRate = new BigDecimal(rate);
    if (errorRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("the error rate must be from 0 to 1 (a share of requests), got " + rate);
    }
    return new FaultyImageStep(line, text, words.get(2), errorRate);
  }

  @Override
  public void run(ScenarioRunner runner) {
    runner.cluster().setErrorRate(image, errorRate.doubleValue());
    runner.record(new TranscriptEntry.Setting(line, runner.cluster().now(), KEY,
        image + " error-rate=" + errorRate.toPlainString()));
  }
}
