/**
 * JMH benchmarks of the real cost of each switching strategy. Never part of the bglab jar.
 */
package org.bglab.benchmarks;
