package org.bglab.cli;

import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for the quantities of {@link Quantities}; picocli names the option. */
final class QuantityConverters {

  private QuantityConverters() {}

  private static <T> T convert(String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException ex) {
      throw new TypeConversionException(ex.getMessage());
    }
  }

  /** A duration such as {@code 1ms}. */
  static final class DurationValue implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return QuantityConverters.convert(value, Quantities::duration);
    }
  }

  /** A rate such as {@code 5000}. */
  static final class Rate implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return QuantityConverters.convert(value, Quantities::rate);
    }
  }

  /** A whole count such as {@code 1e7}. */
  static final class Count implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return QuantityConverters.convert(value, Quantities::count);
    }
  }

  /** A probability such as {@code 0.3} or {@code 30%}. */
  static final class Probability implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return QuantityConverters.convert(value, Quantities::probability);
    }
  }

  /** A share such as {@code 10%}. */
  static final class Share implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return QuantityConverters.convert(value, Quantities::share);
    }
  }
}
