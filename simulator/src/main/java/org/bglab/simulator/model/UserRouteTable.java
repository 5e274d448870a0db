package org.bglab.simulator.model;

import java.util.Objects;

/**
 * A routing table with one entry per user, stored as one bit per user (clear = blue,
 * set = green). This is the analysed routine's {@code route[user] -> endpoint}: switching it means
 * writing every user's entry.
 *
 * <p>Write methods return the number of entries they wrote, measured from the bits they touched.
 * A new table routes every user to blue.
 */
public final class UserRouteTable implements RoutingState {

  private static final int BITS_PER_WORD = Long.SIZE;

  private final int users;
  private final long[] greenBits;
  private long usersOnGreen;
  private RouteWrites writes;

  /**
   * Creates a table for {@code users} users, all routed to blue.
   *
   * @param users the number of users, at least 1
   * @throws IllegalArgumentException when {@code users} is not positive
   */
  public UserRouteTable(int users) {
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    this.users = users;
    this.greenBits = new long[wordsFor(users)];
  }

  /**
   * The bytes a table for {@code users} users occupies, known before allocating it.
   *
   * @param users the number of users
   * @return one bit per user, rounded up to whole 64-bit words
   */
  public static long bytesFor(long users) {
    return (long) wordsFor(users) * Long.BYTES;
  }

  private static int wordsFor(long users) {
    return (int) ((users + BITS_PER_WORD - 1) / BITS_PER_WORD);
  }

  @Override
  public int users() {
    return users;
  }

  @Override
  public Environment routeOf(int user) {
    Objects.checkIndex(user, users);
    return (greenBits[user >>> 6] & (1L << user)) != 0 ? Environment.GREEN : Environment.BLUE;
  }

  /**
   * Writes one user's entry.
   *
   * @param user the user, {@code 0 <= user < users()}
   * @param environment where the user's requests go from now on
   * @return the number of entries written: always 1
   * @throws IndexOutOfBoundsException when {@code user} is not in the table
   */
  public int assign(int user, Environment environment) {
    Objects.checkIndex(user, users);
    int word = user >>> 6;
    long bit = 1L << user;
    boolean wasGreen = (greenBits[word] & bit) != 0;
    if (environment == Environment.GREEN) {
      greenBits[word] |= bit;
      usersOnGreen += wasGreen ? 0 : 1;
    } else {
      greenBits[word] &= ~bit;
      usersOnGreen -= wasGreen ? 1 : 0;
    }
    if (writes != null) {
      writes.rangeWritten(user, user + 1, environment, wasGreen != (environment == Environment.GREEN));
    }
    return 1;
  }

  /**
   * Writes the entries of users {@code from} (inclusive) to {@code to} (exclusive), a word of 64
   * entries at a time. An empty range ({@code from == to}) writes nothing.
   *
   * @param from the first user written
   * @param to one past the last user written
   * @param environment where those users' requests go from now on
   * @return the number of entries written, counted from the bits each word write covered
   * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= users()}
   */
  public long assignRange(int from, int to, Environment environment) {
    Objects.checkFromToIndex(from, to, users);
    Runs runs = writes == null ? null : new Runs(from, environment);
    long written = 0;
    int index = from;
    while (index < to) {
      int word = index >>> 6;
      int wordEnd = Math.min(to, (word + 1) * BITS_PER_WORD);
      long mask = maskOf(index & 63, wordEnd - word * BITS_PER_WORD);
      long before = greenBits[word];
      long changed;
      if (environment == Environment.GREEN) {
        greenBits[word] = before | mask;
        changed = mask & ~before;
        usersOnGreen += Long.bitCount(changed);
      } else {
        greenBits[word] = before & ~mask;
        changed = mask & before;
        usersOnGreen -= Long.bitCount(changed);
      }
      if (runs != null) {
        runs.add(index, wordEnd, changed, word * BITS_PER_WORD);
      }
      written += Long.bitCount(mask);
      index = wordEnd;
    }
    if (runs != null) {
      runs.flush(to);
    }
    return written;
  }

  /** Reports a range write as maximal runs of users that all changed route or none did. */
  private final class Runs {
    private final Environment target;
    private int start;
    private boolean changed;
    private boolean open;

    Runs(int from, Environment target) {
      this.start = from;
      this.target = target;
    }

    /** Users {@code from..to-1} of the word starting at user {@code base}; set bits changed. */
    void add(int from, int to, long changedBits, int base) {
      long mask = maskOf(from - base, to - base);
      if (changedBits == mask || changedBits == 0) {
        extend(from, changedBits != 0);
        return;
      }
      for (int user = from; user < to; user++) {
        extend(user, (changedBits & (1L << user)) != 0);
      }
    }

    private void extend(int at, boolean isChanged) {
      if (open && isChanged != changed) {
        writes.rangeWritten(start, at, target, changed);
        start = at;
      }
      changed = isChanged;
      open = true;
    }

    void flush(int to) {
      if (open) {
        writes.rangeWritten(start, to, target, changed);
      }
    }
  }

  @Override
  public boolean reportWritesTo(RouteWrites listener) {
    this.writes = listener;
    return true;
  }

  /** Bits {@code fromBit} (inclusive) to {@code toBit} (exclusive) of one word, 0 <= from < to <= 64. */
  private static long maskOf(int fromBit, int toBit) {
    long upTo = toBit == BITS_PER_WORD ? -1L : (1L << toBit) - 1;
    return upTo & (-1L << fromBit);
  }

  /** Kept up to date by every write from the bits it flipped, so reading it is O(1). */
  @Override
  public long usersOn(Environment environment) {
    return environment == Environment.GREEN ? usersOnGreen : users - usersOnGreen;
  }

  @Override
  public long bytes() {
    return (long) greenBits.length * Long.BYTES;
  }

  @Override
  public String toString() {
    return "UserRouteTable[users=" + users + ", green=" + usersOn(Environment.GREEN) + "]";
  }
}
