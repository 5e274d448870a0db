package org.bglab.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bglab.chart.ImageFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The files {@code bglab chart} can write for each chart. */
enum ChartFileFormat {
  /** A bitmap picture. */
  PNG(ImageFormat.PNG),
  /** A vector picture. */
  SVG(ImageFormat.SVG),
  /** A vector document. */
  PDF(ImageFormat.PDF),
  /** The data behind the chart, and the complexity fits of its series. */
  CSV(null);

  private final ImageFormat image;

  ChartFileFormat(ImageFormat image) {
    this.image = image;
  }

  /** The picture format, empty for CSV. */
  Optional<ImageFormat> image() {
    return Optional.ofNullable(image);
  }

  /** The name as written on the command line. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** picocli converter accepting the lower-case names. */
  static final class Converter implements ITypeConverter<ChartFileFormat> {
    @Override
    public ChartFileFormat convert(String value) {
      for (ChartFileFormat format : values()) {
        if (format.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return format;
        }
      }
      throw new TypeConversionException("unknown format '" + value + "' (expected one of: "
          + Arrays.stream(values()).map(ChartFileFormat::label).collect(Collectors.joining(", "))
          + ")");
    }
  }
}
