/**
 * How the work of a switch grows with the number of users: {@link org.bglab.growth.GrowthTable}
 * measures every strategy at each user count asked for by running the switch, and holds the rows
 * and the complexity class that fits each column. It returns values; the command line and other
 * readers render them.
 */
package org.bglab.growth;
