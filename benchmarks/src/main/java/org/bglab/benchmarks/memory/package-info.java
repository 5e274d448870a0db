/**
 * Memory per user of the naive string map against the simulator's compact routing table,
 * measured two ways: the exact size of every object reachable from the structure (JOL's object
 * graph walk) and the growth of the used heap when the structure is built, between forced
 * collections. {@link org.bglab.benchmarks.memory.RoutingMemory} is the runnable entry point.
 */
package org.bglab.benchmarks.memory;
