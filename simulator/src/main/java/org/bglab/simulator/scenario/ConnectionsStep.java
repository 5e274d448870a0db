package org.bglab.simulator.scenario;

/**
 * {@code open N connections [to SERVICE] [for DURATION]} or {@code close connections [to
 * SERVICE]}: long-lived keep-alive connections, each bound to the pod chosen when it opened.
 *
 * @param open whether connections are opened (else all are closed)
 * @param count how many to open
 * @param service the Service, or {@code null} for the first one created
 * @param lifetime how long they stay open, negative for "until closed"
 */
record ConnectionsStep(int line, String text, boolean open, int count, String service, long lifetime)
    implements Step {

  @Override
  public void run(ScenarioRunner runner) {
    String target = runner.serviceOr(service);
    long at = runner.cluster().now();
    int changed = open
        ? runner.cluster().openConnections(target, count, lifetime, runner.random())
        : runner.cluster().closeConnections(target);
    runner.record(new TranscriptEntry.Connections(line, at, target, open, count, changed,
        runner.cluster().openConnections(target)));
  }
}
