/**
 * Practice questions as data, and the checks that prove each answer key by running scenarios
 * in the simulator.
 */
package org.bglab.quiz;
