package org.bglab.chart;

/**
 * One point of a chart series.
 *
 * @param x the horizontal value, such as the number of users
 * @param y the vertical value, such as the operations measured
 */
public record Point(double x, double y) {}
