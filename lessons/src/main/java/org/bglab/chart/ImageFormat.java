package org.bglab.chart;

import java.util.Locale;

/** The picture formats a chart can be written in. */
public enum ImageFormat {
  /** A bitmap, for slides and the README. */
  PNG,
  /** A vector drawing, for the web and for editing. */
  SVG,
  /** A vector document, for handouts and LaTeX. */
  PDF;

  /** The file extension without the dot, such as {@code png}. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
