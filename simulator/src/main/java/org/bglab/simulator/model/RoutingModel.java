package org.bglab.simulator.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where the routing state lives, the same for every strategy.
 *
 * <ul>
 *   <li>{@link #CENTRAL}: in one router that every request reads, like the source's
 *       {@code traffic_router.route[user]} or an atomic reference. Every write, route entry,
 *       pointer or weight, takes effect the moment its call makes it.
 *   <li>{@link #PROXIES}: copied to proxy nodes, as a Kubernetes Service is copied to the
 *       kube-proxy of every node. Every write, route entries, pointers and weights alike, reaches
 *       each node only after that node's own lag, in order (see {@link ProxiedRoutes}).
 * </ul>
 */
public enum RoutingModel {
  /** One router that every request reads. */
  CENTRAL("central"),
  /** Copies on proxy nodes that apply every write after their own lag. */
  PROXIES("proxies");

  private final String label;

  RoutingModel(String label) {
    this.label = label;
  }

  /** The name on the command line and in output: {@code central} or {@code proxies}. */
  public String label() {
    return label;
  }

  /**
   * The model called {@code label}.
   *
   * @throws IllegalArgumentException naming the accepted labels
   */
  public static RoutingModel ofLabel(String label) {
    for (RoutingModel model : values()) {
      if (model.label.equals(label)) {
        return model;
      }
    }
    throw new IllegalArgumentException("unknown routing model '" + label + "' (expected one of: "
        + Arrays.stream(values()).map(RoutingModel::label).collect(Collectors.joining(", "))
        + ")");
  }
}
