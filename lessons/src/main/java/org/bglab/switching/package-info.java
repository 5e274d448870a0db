/**
 * One switch, or every strategy side by side on the same inputs: the
 * {@link org.bglab.switching.StrategyLineup} that a run of {@code simulate} (or a comparison)
 * switches with, and the reports it returns. Values in, values out; printing is the caller's.
 */
package org.bglab.switching;
