package org.bglab.coursework.faults;

/**
 * The mistakes built into {@link FaultyBatchedSwitch}, from easy to subtle. Each is a mistake
 * people make when they write a batched switch; each is caught by some property that the correct
 * {@link org.bglab.simulator.strategy.BatchedSwitch} has.
 */
public enum BatchedFault {

  /** The last batch stops one user short: user {@code n-1} is never switched. */
  LAST_USER_LEFT_ON_BLUE("easy", "leaves the last user where they were"),

  /** Only whole batches are sent: the users of a last, partial batch are never switched. */
  PARTIAL_BATCH_DROPPED("easy", "drops the last batch when it is not a full one"),

  /** The batches are taken from the top, user {@code n-1} first: the order is wrong mid-switch. */
  NEWEST_USERS_FIRST("medium", "switches the newest users first instead of the oldest"),

  /** Every call is counted as {@code b} entries, whatever it wrote: a partial batch over-counts. */
  BATCH_SIZE_COUNTED_AS_ENTRIES("medium", "counts b entries per call instead of what was written"),

  /** The last call is not counted when its batch is partial: one update call short. */
  PARTIAL_CALL_NOT_COUNTED("medium", "does not count the call of a partial last batch"),

  /** The entries are added up and recorded in the last call only: wrong counts mid-switch. */
  ENTRIES_RECORDED_AT_THE_END("subtle", "records every entry in the last call"),

  /** {@code isComplete()} is {@code calls >= n/b} rounded down: true one call early. */
  COMPLETE_ONE_CALL_EARLY("subtle", "says it is complete after n/b calls, rounded down"),

  /** When {@code n} is a multiple of 64, the last user is skipped: a word-boundary mistake. */
  WORD_BOUNDARY("subtle", "skips the last user when n is a multiple of 64"),

  /** Switching back to blue leaves user 0 on green: only the rollback is wrong. */
  ROLLBACK_MISSES_USER_ZERO("subtle", "leaves user 0 on green when switching back to blue"),

  /** A step after the end returns {@code false} but still counts an update call. */
  CALL_COUNTED_AFTER_THE_END("subtle", "counts an update call when stepped after the end");

  private final String level;
  private final String mistake;

  BatchedFault(String level, String mistake) {
    this.level = level;
    this.mistake = mistake;
  }

  /**
   * The short name a grader prints: {@code F1} for the first fault, and so on.
   *
   * @return {@code F} and the fault's number, counted from 1
   */
  public String id() {
    return "F" + (ordinal() + 1);
  }

  /**
   * How hard the fault is to catch: {@code easy}, {@code medium} or {@code subtle}.
   *
   * @return the level
   */
  public String level() {
    return level;
  }

  /**
   * The mistake, in words, to show once a student's properties have caught it.
   *
   * @return a phrase such as {@code leaves the last user where they were}
   */
  public String mistake() {
    return mistake;
  }
}
