/**
 * The small kernel both simulated worlds share (the traffic engine now; the cluster model is to
 * adopt it): one model of a value propagating from a control plane to proxy nodes.
 *
 * <p>{@link org.bglab.simulator.kernel.ProxyNodes} are the nodes: each applies every write of
 * the control plane, in the order the writes were made, its own fixed lag after the write. A node
 * is therefore a watermark into the log of writes: at time {@code t} it has applied exactly the
 * writes made at or before {@code t - lag}. {@link org.bglab.simulator.kernel.WriteWindow} keeps
 * only the writes that some node has not applied yet, so the memory a propagating value needs is
 * the value itself, one lag per node and that window. {@link org.bglab.simulator.kernel.Duration}
 * is the one duration of simulated time (whole nanoseconds) and its one text reader, used by the
 * command line and by scenario files alike. Plain JDK, no I/O.
 */
package org.bglab.simulator.kernel;
