package org.bglab.simulator.cluster;

/**
 * The outcome of patching a Service.
 *
 * @param selectorChanged whether the patch changed the selector
 * @param propagation the endpoint change it caused, as it stood right after the patch
 */
public record PatchResult(boolean selectorChanged, PropagationReport propagation) {}
