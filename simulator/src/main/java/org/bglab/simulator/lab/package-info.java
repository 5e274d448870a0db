/**
 * The complexity lab: runs strategies over a series of user counts and collects what each run
 * measured, so that growth can be tabulated, fitted and charted.
 */
package org.bglab.simulator.lab;
