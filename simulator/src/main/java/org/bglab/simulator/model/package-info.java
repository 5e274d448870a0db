/**
 * The things being switched: the two environments and the routing states that decide, for each
 * user, which environment serves them.
 *
 * <p>{@link org.bglab.simulator.model.UserRouteTable} is the analysed routine's table
 * {@code route[user] -> endpoint}, stored as one bit per user.
 * {@link org.bglab.simulator.model.ServicePointer} is the single indirection (a Service selector,
 * an atomic reference) that every user goes through.
 */
package org.bglab.simulator.model;
