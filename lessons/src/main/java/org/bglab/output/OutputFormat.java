package org.bglab.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.TypeConversionException;

/** How a command prints its results. */
public enum OutputFormat {
  /** Aligned columns for people. */
  TABLE,
  /** Comma-separated values with a header row, for spreadsheets. */
  CSV,
  /** One JSON document, for scripts. */
  JSON;

  /** The name as written on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static OutputFormat parse(String text) {
    for (OutputFormat format : values()) {
      if (format.label().equalsIgnoreCase(text.strip())) {
        return format;
      }
    }
    throw new TypeConversionException("unknown format '" + text + "' (expected one of: "
        + Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", "))
        + ")");
  }
}
