package org.bglab.report;

import java.util.List;
import org.bglab.lesson.Commands;

/** Runs one bglab command line, as the report's experiments are run: in this process. */
@FunctionalInterface
public interface BglabRun {

  /** Runs bglab with {@code args} (the words after {@code bglab}) and returns what it did. */
  Commands.Outcome run(List<String> args);
}
