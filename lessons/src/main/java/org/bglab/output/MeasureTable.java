package org.bglab.output;

import org.bglab.simulator.metrics.Measure;
import org.bglab.simulator.metrics.Unit;

/**
 * The README's table of what {@code simulate --format json} and {@code --format csv} hold, as
 * Markdown, generated from the catalogue of {@link Measure measures}: one row per measure, in
 * the catalogue's order, which is the CSV's column order.
 */
final class MeasureTable {

  /** The line before the table in the README. */
  static final String BEGIN = "<!-- measures: generated from org.bglab.simulator.metrics.Measure"
      + " (MeasureTable); do not edit by hand -->";

  /** The line after the table in the README. */
  static final String END = "<!-- end of measures -->";

  private MeasureTable() {}

  /** The table, lines ending in {@code \n}. */
  static String markdown() {
    StringBuilder out = new StringBuilder("| JSON field | CSV column | unit | meaning |\n")
        .append("|---|---|---|---|\n");
    for (Measure measure : Measure.values()) {
      out.append("| ").append(measure.inJson() ? code(measure.jsonPath()) : "-")
          .append(" | ").append(measure.inCsv() ? code(measure.csvColumn()) : "-")
          .append(" | ").append(unitName(measure.unit()))
          .append(" | ").append(measure.meaning()).append(" |\n");
    }
    return out.toString();
  }

  /** The unit as the table names it. */
  static String unitName(Unit unit) {
    return switch (unit) {
      case NAME -> "text";
      case NUMBER -> "number";
      case COUNT -> "count";
      case BYTES -> "bytes";
      case NANOS -> "seconds";
      case PER_SECOND -> "per second";
      case SHARE -> "share (0 to 1)";
      case RATIO -> "ratio";
      case FLAG -> "true/false";
    };
  }

  private static String code(String text) {
    return "`" + text + "`";
  }
}
