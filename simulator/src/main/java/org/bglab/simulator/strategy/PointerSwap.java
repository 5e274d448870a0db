package org.bglab.simulator.strategy;

import org.bglab.simulator.metrics.OperationCounter;
import org.bglab.simulator.model.Environment;
import org.bglab.simulator.model.ServicePointer;

/**
 * Users reach the model through one indirection, and the switch rewrites only that: one update
 * call carrying one pointer write, whatever the number of users. This is the Kubernetes Service
 * selector patch and the "all-at-once" switch of managed platforms: O(1) in {@code n}.
 *
 * <p>Where the pointer lives, in one router or copied to proxy nodes, is up to whoever reads it
 * (see {@link org.bglab.simulator.model.RoutingModel}).
 */
public final class PointerSwap implements SwitchStrategy<ServicePointer> {

  /** The name of this strategy. */
  public static final String NAME = "pointer-swap";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ServicePointer newRoutingState(int users) {
    return new ServicePointer(users);
  }

  @Override
  public long routingBytes(long users) {
    return ServicePointer.POINTER_BYTES;
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
