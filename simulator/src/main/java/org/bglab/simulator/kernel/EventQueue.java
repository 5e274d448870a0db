package org.bglab.simulator.kernel;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The pending events of a discrete-event simulation on the simulated clock of whole nanoseconds:
 * a binary min-heap kept in three arrays (time, scheduling order, event), so scheduling an event
 * that already exists allocates nothing.
 *
 * <p>Events leave in time order; events with equal times leave in the order they were added (a
 * stable order), because every event carries the sequence number of its {@link #add}; an event
 * added with {@link #addFirstAtItsTime} goes ahead of the ordinary ones at its time. An event is
 * a typed value the caller defines (a sealed interface or an enum of what can happen). Removal
 * uses the bottom-up variant of sift-down: the hole left by the first event walks down to a leaf
 * along the earlier child, one comparison per level, and the last event is then sifted up from
 * there.
 *
 * <p>Usable on its own, for example in a hold model:
 *
 * <pre>{@code
 * EventQueue<Job> queue = new EventQueue<>();
 * queue.add(500, job);
 * long now = queue.firstTime();
 * Job next = queue.removeFirst();   // job
 * queue.add(now + delay, next);
 * }</pre>
 *
 * <p>Not thread-safe.
 *
 * @param <E> the events
 */
public final class EventQueue<E> {

  private static final int DEFAULT_CAPACITY = 16;

  private long[] times;
  private long[] orders;
  private Object[] payloads;
  private int size;
  private long added;

  /** An empty queue. */
  public EventQueue() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * An empty queue with room for {@code capacity} events before it grows.
   *
   * @throws IllegalArgumentException when {@code capacity} is negative
   */
  public EventQueue(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity cannot be negative, got " + capacity);
    }
    int room = Math.max(1, capacity);
    times = new long[room];
    orders = new long[room];
    payloads = new Object[room];
  }

  /**
   * Schedules an event at {@code time}; it leaves after every event with an earlier time and after
   * every event already added with the same time.
   *
   * @throws NullPointerException when {@code payload} is {@code null}
   */
  public void add(long time, E payload) {
    insert(time, added++, payload);
  }

  /**
   * Schedules an event at {@code time} that leaves before every event added with {@link #add} at
   * the same time, and after the ones added earlier by this method at that time: for an actor
   * whose action at an instant must come before whatever else happens at that instant.
   *
   * @throws NullPointerException when {@code payload} is {@code null}
   */
  public void addFirstAtItsTime(long time, E payload) {
    insert(time, Long.MIN_VALUE + added++, payload);
  }

  private void insert(long time, long order, E payload) {
    if (payload == null) {
      throw new NullPointerException("an event cannot be null");
    }
    if (size == times.length) {
      grow();
    }
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      long parentTime = times[parent];
      if (parentTime < time || (parentTime == time && orders[parent] < order)) {
        break;
      }
      move(parent, hole);
      hole = parent;
    }
    put(hole, time, order, payload);
  }

  /** Whether no event is pending. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The number of pending events. */
  public int size() {
    return size;
  }

  /**
   * The time of the event that leaves next.
   *
   * @throws NoSuchElementException when the queue is empty
   */
  public long firstTime() {
    requireEvent();
    return times[0];
  }

  /**
   * The payload of the event that leaves next, without removing it.
   *
   * @throws NoSuchElementException when the queue is empty
   */
  @SuppressWarnings("unchecked")
  public E firstPayload() {
    requireEvent();
    return (E) payloads[0];
  }

  /**
   * Removes the event that leaves next and returns its payload.
   *
   * @throws NoSuchElementException when the queue is empty
   */
  @SuppressWarnings("unchecked")
  public E removeFirst() {
    requireEvent();
    E first = (E) payloads[0];
    int last = --size;
    if (last > 0) {
      reinsertLast(last);
    }
    payloads[last] = null;
    return first;
  }

  /**
   * Removes the event that leaves next and schedules {@code payload} at {@code time} in one pass
   * down the heap: the hold operation of a discrete-event simulation, where handling an event
   * schedules the next one of its kind. Events leave in the same order as after
   * {@link #removeFirst()} then {@link #add}.
   *
   * @throws NoSuchElementException when the queue is empty
   * @throws NullPointerException when {@code payload} is {@code null}
   */
  public void replaceFirst(long time, E payload) {
    requireEvent();
    if (payload == null) {
      throw new NullPointerException("an event cannot be null");
    }
    long order = added++;
    long[] t = times;
    long[] o = orders;
    int hole = 0;
    int child = 1;
    while (child < size) {
      int right = child + 1;
      if (right < size && (t[right] < t[child] || (t[right] == t[child] && o[right] < o[child]))) {
        child = right;
      }
      if (time < t[child] || (time == t[child] && order < o[child])) {
        break;
      }
      move(child, hole);
      hole = child;
      child = 2 * hole + 1;
    }
    put(hole, time, order, payload);
  }

  /** Removes every pending event; the order of later events still follows earlier adds. */
  public void clear() {
    Arrays.fill(payloads, 0, size, null);
    size = 0;
  }

  /** Moves the hole at the root down to a leaf, then sifts the former last event up into it. */
  private void reinsertLast(int last) {
    long[] t = times;
    long[] o = orders;
    int hole = 0;
    int child = 1;
    while (child < last) {
      int right = child + 1;
      if (right < last && (t[right] < t[child] || (t[right] == t[child] && o[right] < o[child]))) {
        child = right;
      }
      move(child, hole);
      hole = child;
      child = 2 * hole + 1;
    }
    long time = t[last];
    long order = o[last];
    Object payload = payloads[last];
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      if (t[parent] < time || (t[parent] == time && o[parent] < order)) {
        break;
      }
      move(parent, hole);
      hole = parent;
    }
    put(hole, time, order, payload);
  }

  private void move(int from, int to) {
    times[to] = times[from];
    orders[to] = orders[from];
    payloads[to] = payloads[from];
  }

  private void put(int index, long time, long order, Object payload) {
    times[index] = time;
    orders[index] = order;
    payloads[index] = payload;
  }

  private void grow() {
    int capacity = times.length + (times.length >> 1) + 1;
    times = Arrays.copyOf(times, capacity);
    orders = Arrays.copyOf(orders, capacity);
    payloads = Arrays.copyOf(payloads, capacity);
  }

  private void requireEvent() {
    if (size == 0) {
      throw new NoSuchElementException("no event is pending");
    }
  }
}
