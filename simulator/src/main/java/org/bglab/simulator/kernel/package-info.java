/**
 * The small kernel both simulated worlds (the traffic engine and the scenario's cluster) share:
 * one clock unit, whole nanoseconds; one {@link org.bglab.simulator.kernel.EventQueue} of typed
 * events with a stable order for equal times; one source of seeded random streams per purpose,
 * {@link org.bglab.simulator.kernel.RandomStreams}; one reader and writer of durations; and one model
 * of a value propagating from a control plane to proxy nodes, which the engine's routing state and
 * the cluster's kube-proxies both use.
 *
 * <p>{@link org.bglab.simulator.kernel.ProxyNodes} are the nodes: each applies every write of
 * the control plane, in the order the writes were made, its own fixed lag after the write. A node
 * is therefore a watermark into the log of writes: at time {@code t} it has applied exactly the
 * writes made at or before {@code t - lag}. {@link org.bglab.simulator.kernel.WriteWindow} keeps
 * only the writes that some node has not applied yet, so the memory a propagating value needs is
 * the value itself, one lag per node and that window. {@link org.bglab.simulator.kernel.Durations}
 * is the one reader and writer of durations as people write them (simulated time is whole
 * nanoseconds, held in {@link java.time.Duration}, the one duration type), used by the command
 * line and by scenario files alike. Plain JDK, no I/O.
 */
package org.bglab.simulator.kernel;
