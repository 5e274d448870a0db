package org.bglab.simulator.cluster;

/** What changed a Service's endpoints. */
public enum ChangeCause {
  /** A patch of the Service (its selector, usually). */
  SELECTOR_PATCH,
  /** Pods: becoming ready, going, or changing labels. */
  PODS
}
