package org.bglab.simulator.strategy;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.ServicePointer;

/**
 * Users reach the model through one indirection, and the switch rewrites only that: one update
 * call carrying one pointer write, whatever the number of users. This is the Kubernetes Service
 * selector patch and the "all-at-once" switch of managed platforms: O(1) in {@code n}.
 *
 * <p>The write lands in the control plane; the proxy nodes pick it up when they sync (a
 * simulation spreads the syncs over the propagation time, {@link TrafficRouter#switchTo} syncs at
 * once).
 */
public final class PointerSwap implements SwitchStrategy<ServicePointer> {

  /** The name of this strategy. */
  public static final String NAME = "pointer-swap";

  private final int nodes;

  /** A pointer swap whose pointer is read through a single proxy. */
  public PointerSwap() {
    this(1);
  }

  /**
   * A pointer swap whose pointer users reach through {@code nodes} proxy nodes.
   *
   * @throws IllegalArgumentException when {@code nodes} is not positive
   */
  public PointerSwap(int nodes) {
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, got " + nodes);
    }
    this.nodes = nodes;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ServicePointer newRoutingState(int users) {
    return new ServicePointer(users, nodes);
  }

  @Override
  public long routingBytes(long users) {
    return ServicePointer.bytesFor(nodes);
  }

  @Override
  public SwitchProcess begin(ServicePointer pointer, Environment target, OperationCounter counter) {
    return new SwitchProcess() {
      private boolean written;

      @Override
      public boolean step() {
        if (written) {
          return false;
        }
        counter.recordUpdateCall();
        counter.recordPointerWrites(pointer.pointTo(target));
        written = true;
        return true;
      }

      @Override
      public boolean isComplete() {
        return written;
      }
    };
  }
}
