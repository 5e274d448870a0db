package org.bglab.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A marker drawn larger than the chart's marker size, so that a series hidden under a later one
 * with the same values still shows around it.
 */
final class SizedMarker extends Marker {

  private final Marker shape;
  private final double factor;

  SizedMarker(Marker shape, double factor) {
    this.shape = shape;
    this.factor = factor;
  }

  @Override
  public void paint(Graphics2D graphics, double x, double y, int markerSize) {
    shape.paint(graphics, x, y, (int) Math.round(markerSize * factor));
  }
}
