package org.bglab.simulator.cluster;

import java.math.BigInteger;
import org.bglab.simulator.kernel.Durations;
import org.bglab.simulator.kernel.ProxyNodes;

/**
 * How an endpoints change travels from the control plane to the kube-proxy of every node. All
 * durations are in simulated nanoseconds. Once the endpoints are recomputed (taking
 * {@code recomputePerEndpoint} per endpoint touched), node {@code k} of {@code nodes} (counting
 * from 1) is told after {@code k * fanoutPerNode}, waits for its next sync,
 * {@code proxySyncDelay * k / nodes} (so the nodes' sync times spread evenly over the sync delay),
 * then rewrites its rules for the Service, taking {@code rulePerEndpoint} per endpoint the change
 * touched. Until a node has finished, requests entering through it go to the endpoints it had
 * before. A Service's changes reach each node in the order they were made: a quick change waits
 * for a slow one ahead of it. In the kernel's terms ({@link ProxyNodes}) a change is a write
 * made once recomputed and rewritten, and node {@code k}'s lag is its fan-out plus its sync wait.
 *
 * @param nodes the number of nodes, each running a kube-proxy
 * @param proxySyncDelay the longest wait of a node for its next sync
 * @param fanoutPerNode the control plane's time to notify one more node
 * @param recomputePerEndpoint the endpoints controller's time per endpoint touched
 * @param rulePerEndpoint a kube-proxy's time to rewrite its rules for one endpoint
 */
public record PropagationSettings(
    int nodes, long proxySyncDelay, long fanoutPerNode, long recomputePerEndpoint, long rulePerEndpoint) {

  /** One node and no delays: every change reaches the proxy at once. */
  public static final PropagationSettings INSTANT = new PropagationSettings(1, 0, 0, 0, 0);

  /** Checks the values. */
  public PropagationSettings {
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, got " + nodes);
    }
    if (proxySyncDelay < 0 || fanoutPerNode < 0 || recomputePerEndpoint < 0 || rulePerEndpoint < 0) {
      throw new IllegalArgumentException("propagation delays cannot be negative");
    }
  }

  /**
   * The nodes as the kernel's propagation model sees them: node {@code k} of {@code nodes}
   * (counting from 1) applies a change {@code k * fanoutPerNode + proxySyncDelay * k / nodes}
   * after it is ready, the sync wait cut to whole microseconds (the grain the transcript's time
   * column shows).
   *
   * @throws IllegalArgumentException when a lag would not fit the simulated clock
   */
  public ProxyNodes proxyNodes() {
    long[] lags = new long[nodes];
    try {
      for (int k = 1; k <= nodes; k++) {
        long wait = BigInteger.valueOf(proxySyncDelay).multiply(BigInteger.valueOf(k))
            .divide(BigInteger.valueOf(nodes)).longValueExact();
        lags[k - 1] = Math.addExact(Math.multiplyExact(k, fanoutPerNode),
            wait / Durations.MICROSECOND * Durations.MICROSECOND);
      }
    } catch (ArithmeticException ex) {
      throw new IllegalArgumentException("the proxy delays of " + nodes + " nodes are longer than"
          + " the simulated clock can count (about 292 years)");
    }
    return ProxyNodes.of(lags);
  }

  /** These settings with another number of nodes. */
  public PropagationSettings withNodes(int newNodes) {
    return new PropagationSettings(newNodes, proxySyncDelay, fanoutPerNode, recomputePerEndpoint, rulePerEndpoint);
  }

  /** These settings with another proxy sync delay. */
  public PropagationSettings withProxySyncDelay(long delay) {
    return new PropagationSettings(nodes, delay, fanoutPerNode, recomputePerEndpoint, rulePerEndpoint);
  }

  /** These settings with another fan-out time per node. */
  public PropagationSettings withFanoutPerNode(long delay) {
    return new PropagationSettings(nodes, proxySyncDelay, delay, recomputePerEndpoint, rulePerEndpoint);
  }

  /** These settings with another recompute time per endpoint. */
  public PropagationSettings withRecomputePerEndpoint(long delay) {
    return new PropagationSettings(nodes, proxySyncDelay, fanoutPerNode, delay, rulePerEndpoint);
  }

  /** These settings with another rule rewrite time per endpoint. */
  public PropagationSettings withRulePerEndpoint(long delay) {
    return new PropagationSettings(nodes, proxySyncDelay, fanoutPerNode, recomputePerEndpoint, delay);
  }
}
