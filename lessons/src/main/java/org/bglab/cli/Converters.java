package org.bglab.cli;

import java.util.List;
import org.bglab.simulator.strategy.Strategies;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for bglab's own value types, with messages that list what is accepted. */
final class Converters {

  private Converters() {}

  /** A single user count such as {@code 1e6}. */
  static final class Users implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return UserCounts.parseOne(value);
      } catch (IllegalArgumentException ex) {
        throw new TypeConversionException(ex.getMessage());
      }
    }
  }

  /** A list or range of user counts such as {@code 10,100,1000} or {@code 10..1e7}. */
  static final class UserSeries implements ITypeConverter<List<Integer>> {
    @Override
    public List<Integer> convert(String value) {
      try {
        return UserCounts.parseSeries(value);
      } catch (IllegalArgumentException ex) {
        throw new TypeConversionException(ex.getMessage());
      }
    }
  }

  /** A strategy name known to {@link Strategies}. */
  static final class Strategy implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!Strategies.exists(value)) {
        throw new TypeConversionException("unknown strategy '" + value + "' (expected one of: "
            + String.join(", ", Strategies.names()) + ")");
      }
      return value;
    }
  }

  /** A whole number of at least 1. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int parsed = Integer.parseInt(value.strip().replace("_", ""));
        if (parsed >= 1) {
          return parsed;
        }
      } catch (NumberFormatException ex) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not a whole number of at least 1");
    }
  }

  /** An output format name. */
  static final class Format implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.parse(value);
    }
  }
}
