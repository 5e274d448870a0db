package org.bglab.cli;

import java.util.Set;

/**
 * Command lines the bundled lessons use whose commands or options are built on other branches
 * (lab: chart) and are not on this one yet. The end-to-end lesson tests skip exactly these and nothing else.
 * <b>Remove each line when its command lands</b>: {@link LessonCommandsTest} fails while a line
 * listed here already parses, so the list cannot silently outlive its reason.
 */
final class PendingExperiments {

  static final Set<String> COMMAND_LINES = Set.of(
      "bglab chart --metric operations",
      "bglab chart --metric calls",
      "bglab chart --metric memory");

  private PendingExperiments() {}
}
