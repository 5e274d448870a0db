package org.bglab.coursework.exercise.instructor;

/**
 * Faulty versions of the newest-first process, each a mistake students make. A fault supplies the
 * two methods the student writes, as one update call's work ({@link #sendBatch}) and the end test
 * ({@link #isComplete}); the surrounding {@code step()} is the same for all of them (see
 * {@link FaultyProcess#step()}). The correct version is
 * {@link org.bglab.coursework.exercise.instructor.reference.NewestFirstReference}.
 */
enum Fault {

  /**
   * Only whole batches are sent: it stops as soon as fewer than {@code b} users are left, so
   * when {@code b} does not divide {@code n} the oldest users never reach green.
   */
  DROPS_LAST_PARTIAL_BATCH {
    @Override
    void sendBatch(FaultyProcess p) {
      int from = p.switchedFrom - p.batchSize;
      p.write(from, p.switchedFrom);
      p.switchedFrom = from;
    }

    @Override
    boolean isComplete(FaultyProcess p) {
      return p.switchedFrom < p.batchSize;
    }
  },

  /** Users are counted from 1: the last batch stops at user 1 and user 0 stays on blue. */
  SKIPS_USER_ZERO {
    @Override
    void sendBatch(FaultyProcess p) {
      int from = Math.max(1, p.switchedFrom - p.batchSize);
      p.write(from, p.switchedFrom);
      p.switchedFrom = from;
    }

    @Override
    boolean isComplete(FaultyProcess p) {
      return p.switchedFrom <= 1;
    }
  },

  /**
   * The end of a batch is taken as inclusive, so every batch after the first writes the lowest
   * user of the previous one again. Everyone ends on green; the entry count is too high.
   */
  WRITES_BOUNDARY_USER_TWICE {
    @Override
    void sendBatch(FaultyProcess p) {
      int from = Math.max(0, p.switchedFrom - p.batchSize);
      p.write(from, Math.min(p.table.users(), p.switchedFrom + 1));
      p.switchedFrom = from;
    }
  },

  /**
   * The entries written are computed, {@code b} per call, instead of taken from what the table
   * reports: the last, partial batch is over-counted. A formula where a measurement belongs.
   */
  COUNTS_BATCH_SIZE_NOT_WRITES {
    @Override
    void sendBatch(FaultyProcess p) {
      int from = Math.max(0, p.switchedFrom - p.batchSize);
      p.table.assignRange(from, p.switchedFrom, p.target);
      p.counter.recordEntriesWritten(p.batchSize);
      p.switchedFrom = from;
    }
  },

  /**
   * The loop runs while {@code switchedFrom >= 0} instead of {@code > 0}: when {@code b}
   * divides {@code n}, one last, empty update call follows the one that reached user 0.
   */
  ONE_CALL_TOO_MANY {
    @Override
    void sendBatch(FaultyProcess p) {
      int from = p.switchedFrom - p.batchSize;
      p.write(Math.max(0, from), Math.max(0, p.switchedFrom));
      p.switchedFrom = from;
    }

    @Override
    boolean isComplete(FaultyProcess p) {
      return p.switchedFrom < 0;
    }
  },

  /**
   * The batched switch copied as it is, walking up from user 0. The counts are right and
   * everyone ends on green, but mid-switch the oldest users are on green, not the newest.
   */
  /**
   * {@code isComplete()} is worked out from the calls made, {@code calls >= n/b} in integer
   * arithmetic, which rounds down: when {@code b} does not divide {@code n} the switch claims to
   * be over one call early (before any call when {@code b > n}), while {@code step()}, which
   * tests {@code switchedFrom}, would still go on. A simulation that asks {@code isComplete()}
   * stops there.
   */
  COMPLETE_AFTER_N_OVER_B_ROUNDED_DOWN {
    @Override
    void sendBatch(FaultyProcess p) {
      int from = Math.max(0, p.switchedFrom - p.batchSize);
      p.write(from, p.switchedFrom);
      p.switchedFrom = from;
    }

    @Override
    boolean isComplete(FaultyProcess p) {
      return p.calls >= p.table.users() / p.batchSize;
    }

    @Override
    boolean hasUsersLeft(FaultyProcess p) {
      return p.switchedFrom > 0;
    }
  },

  /**
   * The entries written are added up across calls and recorded once, in the call that reaches
   * user 0. The totals are right at the end; in between, the counts say nothing was written.
   */
  ENTRIES_RECORDED_IN_THE_LAST_CALL {
    @Override
    void sendBatch(FaultyProcess p) {
      int from = Math.max(0, p.switchedFrom - p.batchSize);
      p.entriesHeldBack += p.table.assignRange(from, p.switchedFrom, p.target);
      p.switchedFrom = from;
      if (from == 0) {
        p.counter.recordEntriesWritten(p.entriesHeldBack);
      }
    }
  },

  OLDEST_FIRST {
    @Override
    void sendBatch(FaultyProcess p) {
      int users = p.table.users();
      int next = users - p.switchedFrom;
      int to = Math.min(users, next + p.batchSize);
      p.write(next, to);
      p.switchedFrom = users - to;
    }
  };

  /**
   * One update call's work, after the call itself has been recorded: write the next batch,
   * record the entries written, move {@code switchedFrom}.
   *
   * @param p the process, whose fields this version reads and moves
   */
  abstract void sendBatch(FaultyProcess p);

  /**
   * Whether this version considers the switch done; the correct test,
   * {@code switchedFrom == 0}, unless the fault changes it.
   *
   * @param p the process
   * @return {@code true} when no more calls are to be made
   */
  boolean isComplete(FaultyProcess p) {
    return p.switchedFrom == 0;
  }

  /**
   * What {@code step()} tests before making a call: whether users are left to switch. Unless a
   * fault changes it, the opposite of {@link #isComplete}.
   *
   * @param p the process
   * @return {@code true} when {@code step()} is to make another call
   */
  boolean hasUsersLeft(FaultyProcess p) {
    return !isComplete(p);
  }
}
