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

  /**
   * Creates a table for {@code users} users, all routed to blue.
   *
   * @throws IllegalArgumentException when {@code users} is not positive
   */
  public UserRouteTable(int users) {
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    this.users = users;
    this.greenBits = new long[wordsFor(users)];
  }

  /** The bytes a table for {@code users} users occupies, known before allocating it. */
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
   * @return the number of entries written: always 1
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
    return 1;
  }

  /**
   * Writes the entries of users {@code from} (inclusive) to {@code to} (exclusive), a word of 64
   * entries at a time.
   *
   * @return the number of entries written, counted from the bits each word write covered
   */
  public long assignRange(int from, int to, Environment environment) {
    Objects.checkFromToIndex(from, to, users);
    long written = 0;
    int index = from;
    while (index < to) {
      int word = index >>> 6;
      int wordEnd = Math.min(to, (word + 1) * BITS_PER_WORD);
      long mask = maskOf(index & 63, wordEnd - word * BITS_PER_WORD);
      long before = greenBits[word];
      if (environment == Environment.GREEN) {
        greenBits[word] = before | mask;
        usersOnGreen += Long.bitCount(mask & ~before);
      } else {
        greenBits[word] = before & ~mask;
        usersOnGreen -= Long.bitCount(mask & before);
      }
      written += Long.bitCount(mask);
      index = wordEnd;
    }
    return written;
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
