package org.bglab.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bglab.chart.FitDoubt;
import org.bglab.simulator.lab.CandidateFit;
import org.bglab.simulator.lab.ComplexityClass;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.FitWarning;

/** Complexity fits as people read them: the class, the fitted curve and its error. */
public final class FitReport {

  private FitReport() {}

  /** A table of one row per series: name, class, fitted curve, error. */
  public static String table(Map<String, ComplexityFit> fits, Map<String, Double> scales) {
    TextTable table = new TextTable().header("series", "class", "fitted curve", "error");
    fits.forEach((series, fit) -> table.row(series, fit.complexityClass().label()
            + FitDoubt.of(fit).map(why -> " " + FitDoubt.MARK).orElse(""),
        curve(fit.best(), scales.getOrDefault(series, 0.0)), percent(fit.best().error())));
    return table.render();
  }

  /**
   * The warnings of the fits, each once: a warning every series shares as it is, any other
   * prefixed with its series' name; then why a fit is unsure, if it is (see {@link FitDoubt}).
   */
  public static List<String> warnings(Map<String, ComplexityFit> fits) {
    Set<String> lines = new LinkedHashSet<>();
    fits.forEach((series, fit) -> {
      for (FitWarning fact : fit.warnings()) {
        String warning = sentence(fact);
        boolean shared = fits.values().stream()
            .allMatch(f -> f.warnings().stream().map(FitReport::sentence).anyMatch(warning::equals));
        lines.add(shared ? warning : series + ": " + warning);
      }
      FitDoubt.of(fit).ifPresent(why -> lines.add(series + ": " + fit.complexityClass().label()
          + " is unsure: " + why));
    });
    return List.copyOf(lines);
  }

  /** What a fit warning says, in one line. */
  public static String sentence(FitWarning warning) {
    if (warning instanceof FitWarning.Floor floor) {
      return "the values stay at " + number(floor.value()) + " from n = " + number(floor.fromN())
          + " to " + number(floor.toN()) + " (a floor, not growth): fitted from n = "
          + number(floor.toN()) + " on";
    }
    if (warning instanceof FitWarning.OneSize one) {
      return "one size only (n = " + number(one.n()) + "): growth cannot be seen";
    }
    if (warning instanceof FitWarning.FewSizes few) {
      return "only " + few.sizes() + " sizes: at least " + few.needed()
          + " are needed to tell growth classes apart";
    }
    FitWarning.NarrowSpan narrow = (FitWarning.NarrowSpan) warning;
    return "sizes span only " + number(narrow.smallest()) + " to " + number(narrow.largest())
        + ": at least two decades (x100) are needed to tell growth classes apart";
  }

  /** A size or value as the warnings write it: whole numbers plainly, others with %g. */
  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.format(Locale.ROOT, "%d", (long) value)
        : String.format(Locale.ROOT, "%g", value);
  }

  /**
   * The fitted curve, such as {@code ≈ 0.01·n + 4000}; an intercept below a millionth of
   * {@code scale} (the series' largest value) is left out as rounding noise.
   */
  static String curve(CandidateFit fit, double scale) {
    if (fit.complexityClass() == ComplexityClass.CONSTANT) {
      return "≈ " + significant(fit.intercept());
    }
    List<String> parts = new ArrayList<>();
    parts.add("≈ " + significant(fit.coefficient()) + "·" + fit.complexityClass().term());
    double intercept = fit.intercept();
    if (Math.abs(intercept) > 1e-6 * Math.abs(scale)) {
      parts.add((intercept < 0 ? "- " : "+ ") + significant(Math.abs(intercept)));
    }
    return String.join(" ", parts);
  }

  /** An error as a percentage with one decimal: {@code 0%}, {@code 3.2%}. */
  static String percent(double error) {
    return Double.isFinite(error) ? Numbers.decimal(100 * error, 1) + "%" : "n/a";
  }

  /** Three significant digits; exponent form below 0.001 and from 10^6 up. */
  static String significant(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      return value == 0 ? "0" : Double.toString(value);
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-3) {
      String[] parts = String.format(Locale.ROOT, "%.2e", value).split("e");
      String mantissa = parts[0].replaceAll("\\.?0+$", "");
      return mantissa + "e" + Integer.parseInt(parts[1]);
    }
    return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }
}
