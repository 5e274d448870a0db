package org.bglab.course;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Watches the calls into course strategies. A command that uses one runs its work through
 * {@link #run(Callable)}: the work runs on a worker thread while the calling thread watches the
 * call in progress; a call that takes longer than {@link #CALL_LIMIT} ends the command with a
 * {@link StrategyFailure}, and the worker is interrupted and left behind as a daemon thread.
 * Without a course strategy the work runs on the calling thread, unwatched.
 */
public final class StrategyGuard {

  /** The longest one call into a course strategy may take, 5 seconds. */
  public static final Duration CALL_LIMIT = Duration.ofSeconds(5);

  /** The name of the class loader of course strategies, to recognise their frames. */
  static final String LOADER_NAME = "course-strategies";

  private static final long POLL_MILLIS = 50;

  private final long limitNanos;
  private volatile boolean watching;
  private volatile String strategy;
  private volatile String call;
  private volatile long since;

  /** A guard with the documented limit. */
  public StrategyGuard() {
    this(CALL_LIMIT);
  }

  /** A guard with another limit per call (for tests). */
  StrategyGuard(Duration limit) {
    this.limitNanos = limit.toNanos();
  }

  /** Marks that the command uses a course strategy, so {@link #run} watches it. */
  void watch() {
    watching = true;
  }

  /** Records that {@code call} of {@code name} has started. */
  void enter(String name, String what) {
    strategy = name;
    since = System.nanoTime();
    call = what;
  }

  /** Records that the call in progress has returned. */
  void leave() {
    call = null;
  }

  /**
   * Runs {@code work}, watched when a course strategy takes part.
   *
   * @return what {@code work} returned
   * @throws StrategyFailure when a course strategy threw or did not return in time
   */
  public <T> T run(Callable<T> work) {
    if (!watching) {
      return unchecked(work);
    }
    Object[] result = new Object[1];
    Throwable[] thrown = new Throwable[1];
    Thread worker = new Thread(() -> {
      try {
        result[0] = work.call();
      } catch (Throwable ex) {
        thrown[0] = ex;
      }
    }, "bglab-course-strategy");
    worker.setDaemon(true);
    worker.start();
    try {
      while (worker.isAlive()) {
        worker.join(POLL_MILLIS);
        String current = call;
        if (current != null && worker.isAlive() && System.nanoTime() - since > limitNanos) {
          worker.interrupt();
          throw new StrategyFailure("strategy '" + strategy + "' did not return from " + current
              + " within " + CALL_LIMIT.toSeconds() + " s");
        }
      }
    } catch (InterruptedException ex) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a course strategy ran", ex);
    }
    if (thrown[0] != null) {
      throw rethrow(thrown[0]);
    }
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }

  private static <T> T unchecked(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException ex) {
      throw ex;
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** The worker's failure as the calling thread throws it; a course frame makes it the course's. */
  private static RuntimeException rethrow(Throwable ex) {
    if (ex instanceof StrategyFailure failure) {
      return failure;
    }
    StackTraceElement frame = courseFrame(ex);
    if (frame != null) {
      return new StrategyFailure("course code " + frame.getClassName() + "."
          + frame.getMethodName() + "() failed: " + ex);
    }
    if (ex instanceof RuntimeException runtime) {
      return runtime;
    }
    if (ex instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(ex);
  }

  /** The innermost frame of a course class in {@code ex} or its causes, or null. */
  static StackTraceElement courseFrame(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (LOADER_NAME.equals(frame.getClassLoaderName())) {
          return frame;
        }
      }
    }
    return null;
  }
}
