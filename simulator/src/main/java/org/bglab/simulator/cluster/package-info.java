/**
 * A small, faithful model of the parts of Kubernetes that blue-green deployment relies on, on a
 * simulated clock: deployments with labels, an image (the model version), replicas, readiness and
 * rolling updates; their pods; Services, stored as the documents the API server keeps and checked
 * as it checks them, whose selector picks ready pods with matching labels into their
 * EndpointSlice; a kube-proxy per node that routes by its own, possibly stale, copy of the
 * endpoints; keep-alive connections; faulty model versions, whose pods are ready and serve but
 * answer some requests with errors; and the subset of {@code kubectl} that lessons and quiz checks
 * use, which real kubectl accepts with the same meaning, plus bglab's two marked additions.
 *
 * <p>Start with {@link org.bglab.simulator.cluster.Cluster} and
 * {@link org.bglab.simulator.cluster.Kubectl}. Everything is counted as it is done: write requests,
 * selector writes, endpoints touched by recomputes, rules rewritten by each node's proxy. Both
 * kinds of patch (JSON merge and strategic merge) use Jackson; nothing here prints or reads files.
 */
package org.bglab.simulator.cluster;
