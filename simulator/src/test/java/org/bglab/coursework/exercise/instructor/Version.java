package org.bglab.coursework.exercise.instructor;

/**
 * The versions of the newest-first process: the reference solution and six faulty ones, each a
 * mistake students make. A version supplies the two methods the student writes, as one update
 * call's work ({@link #sendBatch}) and the end test ({@link #isComplete}); the surrounding
 * {@code step()} is the same for all of them (see {@link VersionedProcess#step()}).
 */
enum Version {

  /**
   * The reference solution. Pasted into the skeleton, {@code step()} reads: if complete, return
   * false; record one update call; then the body of {@code sendBatch}; return true. Its
   * {@code isComplete()} is the default below, {@code switchedFrom == 0}.
   */
  REFERENCE {
    @Override
    void sendBatch(VersionedProcess p) {
      int from = Math.max(0, p.switchedFrom - p.batchSize);
      p.write(from, p.switchedFrom);
      p.switchedFrom = from;
    }
  },

  /**
   * Only whole batches are sent: it stops as soon as fewer than {@code b} users are left, so
   * when {@code b} does not divide {@code n} the oldest users never reach green.
   */
  DROPS_LAST_PARTIAL_BATCH {
    @Override
    void sendBatch(VersionedProcess p) {
      int from = p.switchedFrom - p.batchSize;
      p.write(from, p.switchedFrom);
      p.switchedFrom = from;
    }

    @Override
    boolean isComplete(VersionedProcess p) {
      return p.switchedFrom < p.batchSize;
    }
  },

  /** Users are counted from 1: the last batch stops at user 1 and user 0 stays on blue. */
  SKIPS_USER_ZERO {
    @Override
    void sendBatch(VersionedProcess p) {
      int from = Math.max(1, p.switchedFrom - p.batchSize);
      p.write(from, p.switchedFrom);
      p.switchedFrom = from;
    }

    @Override
    boolean isComplete(VersionedProcess p) {
      return p.switchedFrom <= 1;
    }
  },

  /**
   * The end of a batch is taken as inclusive, so every batch after the first writes the lowest
   * user of the previous one again. Everyone ends on green; the entry count is too high.
   */
  WRITES_BOUNDARY_USER_TWICE {
    @Override
    void sendBatch(VersionedProcess p) {
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
    void sendBatch(VersionedProcess p) {
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
    void sendBatch(VersionedProcess p) {
      int from = p.switchedFrom - p.batchSize;
      p.write(Math.max(0, from), Math.max(0, p.switchedFrom));
      p.switchedFrom = from;
    }

    @Override
    boolean isComplete(VersionedProcess p) {
      return p.switchedFrom < 0;
    }
  },

  /**
   * The batched switch copied as it is, walking up from user 0. The counts are right and
   * everyone ends on green, but mid-switch the oldest users are on green, not the newest.
   */
  OLDEST_FIRST {
    @Override
    void sendBatch(VersionedProcess p) {
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
  abstract void sendBatch(VersionedProcess p);

  /**
   * Whether this version considers the switch done; the reference's test unless a fault
   * changes it.
   *
   * @param p the process
   * @return {@code true} when no more calls are to be made
   */
  boolean isComplete(VersionedProcess p) {
    return p.switchedFrom == 0;
  }
}
