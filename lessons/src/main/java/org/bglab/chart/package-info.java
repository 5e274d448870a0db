/**
 * Charts for slides and handouts: a small data model ({@link org.bglab.chart.ChartData}), the
 * readers that turn files into it (chart CSVs, JMH results, switch timelines), and the XChart
 * renderer that draws it as PNG, SVG or PDF.
 *
 * <p>The pipeline follows Caffeine's simulator: measurements become a CSV, and a chart is drawn
 * from the data in that CSV, so any chart can be redrawn from its CSV without measuring again.
 * Rendering is headless and, for the same data and size, gives the same bytes.
 */
package org.bglab.chart;
