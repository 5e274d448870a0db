/**
 * What bglab prints and writes, the same bytes for the same run: a simulation as text
 * ({@link org.bglab.output.SimulationText}), JSON ({@link org.bglab.output.SimulationJson}) and
 * CSV ({@link org.bglab.output.SimulationCsv}); strategies side by side
 * ({@link org.bglab.output.ComparisonText}); the growth table
 * ({@link org.bglab.output.GrowthTableOutput}); each measure of the catalogue written for people
 * or machines ({@link org.bglab.output.MeasureFormat}); complexity fits; and the plain building
 * blocks (text tables, numbers, CSV and JSON writers, files written atomically). No picocli: the
 * command line, the classroom page and reports render through the same classes.
 */
package org.bglab.output;
