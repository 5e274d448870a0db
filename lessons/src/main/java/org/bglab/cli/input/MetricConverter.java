package org.bglab.cli.input;

import org.bglab.simulator.lab.SweepMetric;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converter for sweep metric names such as {@code operations} or {@code pointer-writes}. */
public final class MetricConverter implements ITypeConverter<SweepMetric> {
  @Override
  public SweepMetric convert(String value) {
    try {
      return SweepMetric.ofLabel(value.strip());
    } catch (IllegalArgumentException ex) {
      throw new TypeConversionException(ex.getMessage());
    }
  }
}
