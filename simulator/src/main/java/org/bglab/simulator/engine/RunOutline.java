package org.bglab.simulator.engine;

/**
 * A run as planned, told to a {@link RunWatcher} before it starts.
 *
 * @param strategy the strategy's label, as reports print it
 * @param users the number of users
 * @param windowNanos the longest the traffic can last: the switch, the bake time and room for a
 *     rollback
 * @param frameNanos the simulated time between two frames
 * @param fullSwitchNanos how long the whole switch to green takes when nothing stops it
 * @param requestsPerSecond the request rate used, after any lowering to fit the cap
 * @param rateLowered whether that rate is below the asked one
 * @param proxyNodes the proxy nodes the routes are read through, 0 for a central router
 * @param sampleSize how many users each frame's {@link RouteSample} holds
 */
public record RunOutline(String strategy, int users, long windowNanos, long frameNanos,
    long fullSwitchNanos, double requestsPerSecond, boolean rateLowered, int proxyNodes,
    int sampleSize) {}
