/**
 * How the work of a switch grows with n, as use cases that return values. A
 * {@link org.bglab.growth.GrowthSweep} measures every strategy at every size (telling a
 * {@link org.bglab.simulator.lab.SweepProgress} of each point as it is measured) and returns one
 * {@link org.bglab.growth.GrowthChart} per metric, with the fitted class of every series, its
 * data, the names of its files ({@link org.bglab.growth.ChartNames}) and its pictures, SVG text
 * included. {@link org.bglab.growth.GrowthCharts} makes the same values from files: a chart CSV,
 * JMH results, a switch timeline. {@link org.bglab.growth.GrowthTable} measures every strategy at
 * each user count asked for and holds the rows and the complexity class that fits each column.
 *
 * <p>Nothing here prints or writes files: {@code bglab chart} and {@code bglab table} write what
 * they return, and a report or a web page can show the same charts.
 */
package org.bglab.growth;
