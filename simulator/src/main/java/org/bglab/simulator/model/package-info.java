/**
 * The things being switched: the two environments and the routing states that decide, for each
 * user, which environment serves them.
 *
 * <p>{@link org.bglab.simulator.model.UserRouteTable} is the analysed routine's table
 * {@code route[user] -> endpoint}, stored as one bit per user.
 * {@link org.bglab.simulator.model.ServicePointer} is the single indirection (a Service selector,
 * an atomic reference) that every user goes through, and
 * {@link org.bglab.simulator.model.TrafficSplit} a traffic weight that sends a fixed share of users
 * to green. Both are {@link org.bglab.simulator.model.Propagating} (through their common
 * {@link org.bglab.simulator.model.ProxiedValue}): a write reaches the users through proxy nodes,
 * each of which picks it up when it syncs, so their memory depends on the number of nodes, never
 * on the number of users.
 */
package org.bglab.simulator.model;
