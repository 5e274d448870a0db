package org.bglab.growth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.bglab.chart.JmhTable;
import org.bglab.simulator.lab.SizeSeries;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.model.RoutingModel;

/**
 * File names for chart output that say what each file holds. With the default arguments a name
 * is just {@code operations-vs-n}; every argument that changes the data is added to it
 * ({@code operations-vs-n_n10-1e5_b10+1000}), and every argument that changes only the picture
 * is added to picture names ({@code _linear}, {@code _800x600}), so that a run with other
 * arguments never replaces the files of an unrelated run.
 */
public final class ChartNames {

  /** The default sizes: 10 to 10^7, 1-2-5 per decade. */
  public static final List<Integer> DEFAULT_USERS = SizeSeries.oneTwoFive(10, 10_000_000);
  public static final List<Integer> DEFAULT_BATCH_SIZES = List.of(100);
  public static final int DEFAULT_WIDTH = 1600;
  public static final int DEFAULT_HEIGHT = 900;

  private ChartNames() {}

  /** The name of the data files of a sweep chart, without extension. */
  public static String sweep(SweepMetric metric, List<Integer> users, List<String> strategies,
      List<Integer> batchSizes) {
    return sweep(metric, users, strategies, batchSizes, RoutingModel.PROXIES);
  }

  /**
   * The name of the data files of a sweep chart, without extension; the time chart of a central
   * router ends in {@code _central}, as only time depends on where the routing state lives.
   */
  public static String sweep(SweepMetric metric, List<Integer> users, List<String> strategies,
      List<Integer> batchSizes, RoutingModel routing) {
    List<String> parts = new ArrayList<>();
    parts.add(metric.label() + "-vs-n");
    List<Integer> sizes = users.stream().distinct().sorted().toList();
    if (!sizes.equals(DEFAULT_USERS)) {
      parts.add(sizes(sizes));
    }
    if (!strategies.equals(GrowthRequest.DEFAULT_STRATEGIES)) {
      parts.add(String.join("+", strategies));
    }
    if (!batchSizes.equals(DEFAULT_BATCH_SIZES)) {
      parts.add("b" + String.join("+", batchSizes.stream().map(String::valueOf).toList()));
    }
    if (metric == SweepMetric.TIME && routing != RoutingModel.PROXIES) {
      parts.add(routing.label());
    }
    return String.join("_", parts);
  }

  /** What to add to a picture's name for the drawing options: empty with the defaults. */
  public static String pictureSuffix(boolean linear, int width, int height) {
    String suffix = linear ? "_linear" : "";
    if (width != DEFAULT_WIDTH || height != DEFAULT_HEIGHT) {
      suffix += "_" + width + "x" + height;
    }
    return suffix;
  }

  /**
   * The name of the files of one table of a JMH results file, without extension: the file's
   * stem, then, when the file holds several tables, the benchmark class, and its mode and unit
   * when that class has tables in several: {@code quick-switchcostbenchmark-vs-n}.
   *
   * @param fileName the JMH file's name, such as {@code quick.json}
   * @param tables every table of the file, in file order
   * @param index which table is named
   */
  public static String jmh(String fileName, List<JmhTable> tables, int index) {
    JmhTable table = tables.get(index);
    long sameClass = tables.stream()
        .filter(other -> other.benchmarkClass().equals(table.benchmarkClass())).count();
    return safe(stem(fileName))
        + (tables.size() == 1 ? "" : "-" + safe(table.benchmarkClass()))
        + (sameClass == 1 ? "" : "-" + safe(table.mode()) + "-" + safe(table.unit()))
        + "-vs-n";
  }

  /** The name of the files drawn from a switch timeline, without extension. */
  public static String timeline(String fileName) {
    return safe(stem(fileName)) + "-green-share";
  }

  /** A file-name-safe form of {@code text}: letters, digits, {@code . - + _}. */
  public static String safe(String text) {
    String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.+_-]+", "-")
        .replaceAll("^-+|-+$", "");
    return cleaned.isEmpty() ? "chart" : cleaned;
  }

  /** The name of a file without its directory and last extension. */
  public static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** {@code n10-1e7} for a 1-2-5 range, else the range, point count and a checksum. */
  private static String sizes(List<Integer> sizes) {
    int from = sizes.get(0);
    int to = sizes.get(sizes.size() - 1);
    String range = "n" + number(from) + (from == to ? "" : "-" + number(to));
    if (sizes.equals(SizeSeries.oneTwoFive(from, to))) {
      return range;
    }
    CRC32 crc = new CRC32();
    crc.update(sizes.toString().getBytes(StandardCharsets.UTF_8));
    return range + "-" + sizes.size() + "pts-" + String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  /** {@code 100}, {@code 1e3}, {@code 2e6}: exponents for round numbers from 1,000 up. */
  public static String number(long value) {
    int exponent = 0;
    long mantissa = value;
    while (mantissa >= 10 && mantissa % 10 == 0) {
      mantissa /= 10;
      exponent++;
    }
    return exponent >= 3 && mantissa < 10 ? mantissa + "e" + exponent : Long.toString(value);
  }
}
