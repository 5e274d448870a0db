package org.bglab.simulator.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Model versions that are faulty: a pod running such an image starts, passes its readiness
 * check and receives traffic like any other, but answers a share of the requests it gets with an
 * error. Readiness probes only ask whether the server is up, so they never notice; only traffic
 * (a test, or the users) does.
 */
final class ModelFaults {

  private final Map<String, Double> errorRates = new TreeMap<>();

  /**
   * Sets the share of requests that pods running {@code image} answer with an error; 0 makes the
   * image healthy again.
   *
   * @throws IllegalArgumentException when the rate is not between 0 and 1
   */
  void set(String image, double errorRate) {
    if (!(errorRate >= 0 && errorRate <= 1)) {
      throw new IllegalArgumentException("the error rate must be between 0 and 1, got " + errorRate);
    }
    if (errorRate == 0) {
      errorRates.remove(image);
    } else {
      errorRates.put(image, errorRate);
    }
  }

  /** The share of requests answered with an error by pods running {@code image}; 0 if healthy. */
  double errorRate(String image) {
    return errorRates.getOrDefault(image, 0.0);
  }

  /** Every faulty image with its error rate, sorted by image. */
  Map<String, Double> all() {
    return Collections.unmodifiableMap(new TreeMap<>(errorRates));
  }

  /**
   * The answer of the pod that {@code reached} names: unchanged, or a model error with the image's
   * probability. A random number is drawn only when the rate is strictly between 0 and 1, so
   * healthy images leave the random sequence (and so every other choice) as it was.
   */
  RequestOutcome answer(RequestOutcome reached, SplittableRandom random) {
    if (reached.isFailed()) {
      return reached;
    }
    double rate = errorRate(reached.image());
    boolean fails = rate >= 1 || rate > 0 && random.nextDouble() < rate;
    return fails ? reached.withModelError() : reached;
  }
}
