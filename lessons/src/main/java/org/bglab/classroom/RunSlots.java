package org.bglab.classroom;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The bounded pool every simulation, sweep, chart and quiz check runs on: at most
 * {@link #SLOTS} at once, none queued. A request that finds every slot busy is answered 503 at
 * once, so a class cannot pile up work the machine cannot do.
 */
final class RunSlots implements AutoCloseable {

  /** Runs at once: one per core of a small laptop. */
  static final int SLOTS = 2;

  private final ThreadPoolExecutor pool = new ThreadPoolExecutor(SLOTS, SLOTS, 30,
      TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
        Thread thread = new Thread(runnable, "bglab-serve-run");
        thread.setDaemon(true);
        return thread;
      });

  /**
   * Starts {@code work} in a free slot.
   *
   * @throws Busy when every slot is taken
   */
  <T> Future<T> start(Callable<T> work) {
    try {
      return pool.submit(work);
    } catch (RejectedExecutionException ex) {
      throw new Busy();
    }
  }

  /** How many runs are going on now. */
  int active() {
    return pool.getActiveCount();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** Every slot is busy: the request is answered 503. */
  static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy() {
      super(SLOTS + " runs are going on already; try again when one has finished");
    }
  }
}
