package org.bglab.simulator.metrics;

/**
 * The replicas a run needed.
 *
 * @param replicasPerEnvironment replicas each environment runs
 * @param peakReplicas the most replicas running at one time: both environments during the switch
 */
public record Capacity(int replicasPerEnvironment, int peakReplicas) {}
