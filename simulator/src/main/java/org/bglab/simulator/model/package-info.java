/**
 * The things being switched: the two environments and the routing states that decide, for each
 * user, which environment serves them, and where those states live.
 *
 * <p>{@link org.bglab.simulator.model.UserRouteTable} is the analysed routine's table
 * {@code route[user] -> endpoint}, stored as one bit per user.
 * {@link org.bglab.simulator.model.ServicePointer} is the single indirection (a Service selector,
 * an atomic reference) that every user goes through, and
 * {@link org.bglab.simulator.model.TrafficSplit} a traffic weight that sends a fixed share of users
 * to green; both are a {@link org.bglab.simulator.model.ValueRouting}, one value whatever the
 * number of users.
 *
 * <p>A state holds what was written to it. {@link org.bglab.simulator.model.RoutingModel} says
 * where it lives: in one central router, read as written, or copied to proxy nodes, read through
 * {@link org.bglab.simulator.model.ProxiedRoutes}, where every write of every kind reaches each
 * node after that node's lag.
 */
package org.bglab.simulator.model;
