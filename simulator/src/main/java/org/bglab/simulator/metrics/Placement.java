package org.bglab.simulator.metrics;

import java.util.Objects;
import org.bglab.simulator.model.RoutingModel;

/**
 * Where the routing state of a run lived.
 *
 * @param model central, or copied to proxy nodes
 * @param proxyNodes the proxy nodes, 0 for a central router
 * @param peakWindowBytes the most bytes the window of writes not yet applied by every node held
 *     at one time, 0 for a central router
 */
public record Placement(RoutingModel model, int proxyNodes, long peakWindowBytes) {

  /** One central router. */
  public static final Placement CENTRAL = new Placement(RoutingModel.CENTRAL, 0, 0);

  /** Validates the values. */
  public Placement {
    Objects.requireNonNull(model, "model");
    if (proxyNodes < 0 || peakWindowBytes < 0) {
      throw new IllegalArgumentException("nodes and bytes cannot be negative");
    }
  }
}
