package org.bglab.simulator.cluster;

/**
 * Something the cluster did by itself, worth showing in a transcript: pods becoming ready,
 * endpoints changing, kube-proxies syncing, connections closing.
 *
 * @param at when it happened, in simulated nanoseconds
 * @param text what happened, in one line
 */
public record ClusterEvent(long at, String text) {}
