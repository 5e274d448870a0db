/**
 * Exercise 2: the student writes properties of the batched switch in
 * {@link org.bglab.coursework.properties.BatchedSwitchProperties}; {@code PropertiesGrader}
 * checks them against the real switch and against faulty versions supplied as compiled classes.
 */
package org.bglab.coursework.properties;
