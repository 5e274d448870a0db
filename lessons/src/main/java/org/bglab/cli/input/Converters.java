package org.bglab.cli.input;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.bglab.output.Numbers;
import org.bglab.output.OutputFormat;
import org.bglab.simulator.input.InputError;
import org.bglab.simulator.model.RoutingModel;
import org.bglab.simulator.strategy.Strategies;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for bglab's own value types, including the quantities of {@link Quantities},
 * with messages that list what is accepted; picocli adds the option's name.
 */
public final class Converters {

  private Converters() {}

  /** Parses {@code value}, turning the parser's message into picocli's, which names the option. */
  private static <T> T convert(String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (InputError ex) {
      throw new TypeConversionException(ex.getMessage());
    }
  }

  /** A single user count such as {@code 1e6}. */
  public static final class Users implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return Converters.convert(value, UserCounts::parseOne);
    }
  }

  /** A list or range of user counts such as {@code 10,100,1000} or {@code 10..1e7}. */
  public static final class UserSeries implements ITypeConverter<List<Integer>> {
    @Override
    public List<Integer> convert(String value) {
      return Converters.convert(value, UserCounts::parseSeries);
    }
  }

  /** A strategy name known to {@link Strategies}. */
  public static final class Strategy implements ITypeConverter<String> {
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
  public static final class Positive implements ITypeConverter<Integer> {
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

  /** A whole number within stated limits; the message states them as they are enforced. */
  abstract static class Bounded implements ITypeConverter<Integer> {
    private final int min;
    private final int max;

    Bounded(int min, int max) {
      this.min = min;
      this.max = max;
    }

    @Override
    public Integer convert(String value) {
      try {
        int parsed = Integer.parseInt(value.strip().replace("_", ""));
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException ex) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not a whole number from " + min
          + " to " + Numbers.count(max));
    }
  }

  /** A picture's width or height in pixels: 200 to 10,000. */
  public static final class Pixels extends Bounded {
    /** The smallest and largest picture side. */
    static final int MIN = 200;
    static final int MAX = 10_000;

    Pixels() {
      super(MIN, MAX);
    }
  }

  /** Replicas per environment: 1 to 10,000, as the cluster's kubectl allows. */
  public static final class Replicas extends Bounded {
    Replicas() {
      super(1, 10_000);
    }
  }

  /** A seed: any whole number, which fixes every random choice of a run. */
  public static final class Seed implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value.strip().replace("_", ""));
      } catch (NumberFormatException ex) {
        throw new TypeConversionException("'" + value + "' is not a seed: a seed is a whole"
            + " number (such as 42) that fixes every random choice, so the same seed gives the"
            + " same run");
      }
    }
  }

  /** An output format name. */
  public static final class Format implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.parse(value);
    }
  }

  /** A duration such as {@code 1ms}. */
  public static final class DurationValue implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return Converters.convert(value, Quantities::duration);
    }
  }

  /** A rate such as {@code 5000}. */
  public static final class Rate implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return Converters.convert(value, Quantities::rate);
    }
  }

  /** A whole count such as {@code 1e7}. */
  static final class Count implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return Converters.convert(value, Quantities::count);
    }
  }

  /**
   * The most requests one run sends: 0 to 10^9. A billion requests take about half a minute;
   * more would run for many minutes with nothing to show.
   */
  public static final class RequestLimit implements ITypeConverter<Long> {
    /** The largest limit accepted. */
    static final long MAX = 1_000_000_000L;

    @Override
    public Long convert(String value) {
      long parsed = Converters.convert(value, Quantities::count);
      if (parsed > MAX) {
        throw new TypeConversionException("'" + value + "' is more than the "
            + Numbers.count(MAX) + " requests one run may send");
      }
      return parsed;
    }
  }

  /** A probability such as {@code 0.3} or {@code 30%}. */
  public static final class Probability implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return Converters.convert(value, Quantities::probability);
    }
  }

  /** A share such as {@code 10%}. */
  public static final class Share implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return Converters.convert(value, Quantities::share);
    }
  }

  /** Where the routing state lives: {@code central} or {@code proxies}. */
  public static final class Routing implements ITypeConverter<RoutingModel> {
    @Override
    public RoutingModel convert(String value) {
      try {
        return RoutingModel.ofLabel(value.strip());
      } catch (IllegalArgumentException ex) {
        // ofLabel names the labels it knows: the value is the user's to fix
        throw new TypeConversionException(ex.getMessage());
      }
    }
  }
}
