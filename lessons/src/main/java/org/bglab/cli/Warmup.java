package org.bglab.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The training run of the launcher's class-data sharing archive: runs the commands a student
 * starts most (the welcome, the lesson list, progress, a lesson and a simulation) in one JVM with
 * their output discarded, so that the archive written at its exit holds the classes they load.
 * The launcher runs it once after each build, with a throw-away state directory.
 */
public final class Warmup {

  private static final String[][] COMMANDS = {
    {},
    {"--version"},
    {"lessons"},
    {"progress"},
    {"lesson", "1", "--answers", "q"},
    {"simulate", "--users", "1000"},
    {"lessons"},
  };

  private Warmup() {}

  /** Runs the commands; the exit code is 0 whatever they returned. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    for (String[] command : COMMANDS) {
      Main.run(command, nowhere, nowhere);
    }
  }
}
