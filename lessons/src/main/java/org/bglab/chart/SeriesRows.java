package org.bglab.chart;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bglab.simulator.lab.ComplexityFit;
import org.bglab.simulator.lab.ComplexityFitter;
import org.bglab.simulator.lab.Observation;

/** Rows of measured values over {@code n}, grouped into named series that can be fitted. */
public interface SeriesRows {

  /** One value of one series at one size. */
  interface Row {
    /** The series the value belongs to. */
    String series();

    /** The size. */
    double n();

    /** The measured value. */
    double value();
  }

  /** Every row, series by series. */
  List<? extends Row> rows();

  /** The series names in the order they first appear. */
  default List<String> seriesNames() {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    rows().forEach(row -> names.add(row.series()));
    return List.copyOf(names);
  }

  /** The points of one series. */
  default List<Observation> observations(String series) {
    return rows().stream().filter(row -> row.series().equals(series))
        .map(row -> new Observation(row.n(), row.value())).toList();
  }

  /** The complexity fit of every series, in series order. */
  default Map<String, ComplexityFit> fits() {
    Map<String, ComplexityFit> fits = new LinkedHashMap<>();
    for (String series : seriesNames()) {
      fits.put(series, ComplexityFitter.fit(observations(series)));
    }
    return fits;
  }

  /**
   * The chart series of every series, each named in the legend with its fitted class, marked
   * {@value FitDoubt#MARK} when the fit is in doubt (see {@link FitDoubt}).
   */
  default List<ChartSeries> chartSeries(Map<String, ComplexityFit> fits) {
    return seriesNames().stream().map(name -> new ChartSeries(name,
        name + " — " + fits.get(name).complexityClass().label()
            + FitDoubt.of(fits.get(name)).map(why -> " " + FitDoubt.MARK).orElse(""),
        observations(name).stream().map(o -> new Point(o.n(), o.value())).toList())).toList();
  }
}
