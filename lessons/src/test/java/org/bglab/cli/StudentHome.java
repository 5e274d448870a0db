package org.bglab.cli;

import java.nio.file.Path;

/** Points bglab's state directory at a test's temporary directory, and back. */
final class StudentHome implements AutoCloseable {

  private final String previous;

  private StudentHome(Path dir) {
    previous = System.getProperty("bglab.home");
    System.setProperty("bglab.home", dir.toString());
  }

  /** Until {@link #close}, bglab keeps its progress in {@code dir}. */
  static StudentHome at(Path dir) {
    return new StudentHome(dir);
  }

  @Override
  public void close() {
    if (previous == null) {
      System.clearProperty("bglab.home");
    } else {
      System.setProperty("bglab.home", previous);
    }
  }
}
