package org.bglab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a report that a lesson shows. A report is split into paragraphs at blank lines;
 * the first paragraph (what was run, with which inputs) is always kept, and so is every
 * paragraph whose first line starts with one of the named parts, such as {@code requests} or
 * {@code capacity}. The full report stays one command away.
 */
public final class ReportExcerpt {

  private ReportExcerpt() {}

  /** The paragraphs of {@code report} that {@code parts} names, after its first paragraph. */
  public static String of(String report, List<String> parts) {
    String[] paragraphs = report.split("\n\\s*\n", -1);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      String first = paragraphs[i].strip().toLowerCase(Locale.ROOT);
      if (i == 0 || parts.stream().anyMatch(first::startsWith)) {
        kept.add(paragraphs[i].strip().isEmpty() ? paragraphs[i] : paragraphs[i].stripTrailing());
      }
    }
    return String.join("\n\n", kept) + "\n";
  }
}
