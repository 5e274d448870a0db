package org.bglab.cli;

/** What {@code bglab} prints when run with no arguments: what it is and what to type next. */
final class Welcome {

  private Welcome() {}

  static String text() {
    return """
        bglab: a lab for blue-green deployment of ML models.

        Moving live traffic from the old model (blue) to the new one (green) takes work, and
        how that work grows with the number of users depends on how you switch. bglab runs the
        switch in a simulator and counts every operation as it happens.

        Try next:
          bglab simulate --strategy per-user --users 1e6    one switch, every write counted
          bglab simulate --strategy pointer-swap --users 1e6 the same users, one pointer write
          bglab table                                        how the work grows with n
          bglab scenario safe-workflow                       a blue-green release in a small cluster

        Every command explains itself with --help, for example: bglab simulate --help
        """;
  }
}
