package org.bglab.jmh;

import java.util.List;

/** One part of the summary: a heading, its tables, and the targets it judges. */
interface SummarySection {

  /** The section heading. */
  String title();

  /** The section's Markdown below its heading. */
  String body();

  /** The targets this section judges, in the order they are listed. */
  List<Verdict> verdicts();
}
