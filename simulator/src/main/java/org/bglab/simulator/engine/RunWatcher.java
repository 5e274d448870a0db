package org.bglab.simulator.engine;

/**
 * Watches a run while it unfolds, for a view that shows the switch as it happens (a live page, an
 * animation). Given to {@link Simulation#run(SimulationConfig, RunWatcher)}; the report at the end
 * is the same as without a watcher.
 *
 * <p>What it is told does not grow with the number of users: an outline first, then a frame at
 * each of evenly spaced instants of simulated time (about {@link #frames()} of them over the
 * longest the traffic can last, fewer when a rollback ends the run early), and an event for each
 * turn of the run (at most a few dozen). A frame samples the routes of at most
 * {@link RouteSample#MAX_SIZE} users rather than listing every user.
 *
 * <p>A watcher that throws stops the run where it is; the exception leaves
 * {@link Simulation#run(SimulationConfig, RunWatcher)} unchanged. A server uses this to stop the
 * run of a client that went away.
 */
public interface RunWatcher {

  /** A watcher that is told nothing. */
  RunWatcher NONE = new RunWatcher() {
    @Override
    public void frame(RunFrame frame) {}

    @Override
    public void event(RunEvent event) {}
  };

  /**
   * About how many frames to be told over the longest the traffic can last.
   *
   * @return at least 1; the default is 200
   */
  default int frames() {
    return 200;
  }

  /**
   * Told once, before anything happens: the run's size, clock and frame spacing.
   *
   * @param outline the run as planned
   */
  default void begin(RunOutline outline) {}

  /**
   * Told at each frame instant, in time order: the run as it stands at that instant.
   *
   * @param frame the state at {@link RunFrame#atNanos()}
   */
  void frame(RunFrame frame);

  /**
   * Told when the run turns: the switch starts or is done, the mixed-version window opens or
   * closes, the alarm fires, the rollback starts or is done, traffic stops.
   *
   * @param event what happened and when
   */
  void event(RunEvent event);
}
