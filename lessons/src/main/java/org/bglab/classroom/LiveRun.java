package org.bglab.classroom;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages of one switch as it runs, kept for every page that watches it: a page that joins
 * late is sent them from the first. A run has a bounded number of messages whatever its n (about
 * {@link #FRAMES_PER_RUN} frames, its events and its report), so keeping them costs little.
 *
 * <p>The run stops when its last watcher has gone: the next frame it reports finds no one
 * watching and throws {@link Abandoned}, which ends the simulation.
 */
final class LiveRun {

  /** About how many frames the engine reports per run, whatever n is. */
  static final int FRAMES_PER_RUN = 200;

  private final List<Message> messages = new ArrayList<>();
  private int watchers;
  private boolean finished;

  /** One server-sent event: its name and its data as compact JSON. */
  record Message(String event, byte[] json) {}

  /** Adds a watcher; false when the run has already been abandoned by all its watchers. */
  synchronized boolean join() {
    if (watchers < 0) {
      return false;
    }
    watchers++;
    return true;
  }

  /** Removes a watcher; the last one to leave abandons the run. */
  synchronized void leave() {
    watchers--;
    if (watchers == 0 && !finished) {
      watchers = -1;
      notifyAll();
    }
  }

  /** Whether every watcher has gone. */
  synchronized boolean abandoned() {
    return watchers < 0;
  }

  /**
   * Adds a message for every watcher.
   *
   * @throws Abandoned when no one watches any more: the run stops
   */
  synchronized void publish(String event, Object data) {
    if (watchers < 0) {
      throw new Abandoned();
    }
    messages.add(new Message(event, Replies.text(data)));
    notifyAll();
  }

  /** Marks the run as over: no message follows. */
  synchronized void finish() {
    finished = true;
    notifyAll();
  }

  /**
   * The message at {@code index}, waiting until it exists; null when the run ended before it.
   */
  synchronized Message await(int index) throws InterruptedException {
    while (index >= messages.size() && !finished && watchers >= 0) {
      wait();
    }
    return index < messages.size() ? messages.get(index) : null;
  }

  /** Every watcher has gone: the run stops. */
  static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super("every page watching the run has gone", null, false, false);
    }
  }
}
