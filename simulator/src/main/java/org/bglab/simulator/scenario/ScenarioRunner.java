package org.bglab.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bglab.simulator.cluster.Cluster;
import org.bglab.simulator.cluster.ClusterEvent;
import org.bglab.simulator.cluster.Kubectl;
import org.bglab.simulator.cluster.KubectlResult;
import org.bglab.simulator.cluster.Service;
import org.bglab.simulator.kernel.RandomStreams;
import org.bglab.simulator.kernel.RandomStreams.Purpose;

/** Runs the steps of one scenario against a fresh cluster and collects the transcript. */
final class ScenarioRunner {

  private final Cluster cluster = new Cluster();
  private final Kubectl kubectl = new Kubectl(cluster);
  private final TrafficLog traffic = new TrafficLog();
  private final List<TranscriptEntry> transcript = new ArrayList<>();
  private final SplittableRandom random;
  private KubectlResult lastCommand;
  private int currentLine;

  ScenarioRunner(long seed) {
    this.random = new RandomStreams(seed).stream(Purpose.REQUEST_PATHS);
  }

  ScenarioRun run(String source, long seed, List<Step> steps) {
    for (Step step : steps) {
      currentLine = step.line();
      step.run(this);
      drainEvents();
    }
    return new ScenarioRun(source, seed, transcript, cluster.counts());
  }

  Cluster cluster() {
    return cluster;
  }

  Kubectl kubectl() {
    return kubectl;
  }

  SplittableRandom random() {
    return random;
  }

  TrafficLog traffic() {
    return traffic;
  }

  /** The result of the last kubectl command, or {@code null} before the first. */
  KubectlResult lastCommand() {
    return lastCommand;
  }

  void lastCommand(KubectlResult result) {
    lastCommand = result;
  }

  /** {@code service}, or when it is {@code null} the first Service created. */
  String serviceOr(String service) {
    if (service != null) {
      return service;
    }
    List<Service> services = cluster.services();
    return services.isEmpty() ? "(no service)" : services.get(0).name();
  }

  /** Adds an entry, followed by the events the cluster reported while making it. */
  void record(TranscriptEntry entry) {
    transcript.add(entry);
    drainEvents();
  }

  /** Keeps a place for an entry known only later; events meanwhile go after it. */
  int reserve() {
    transcript.add(null);
    return transcript.size() - 1;
  }

  void fill(int slot, TranscriptEntry entry) {
    transcript.set(slot, entry);
  }

  /** Moves the clock, recording the events on the way. */
  void advanceTo(long time) {
    cluster.advanceTo(time);
    drainEvents();
  }

  private void drainEvents() {
    for (ClusterEvent event : cluster.drainEvents()) {
      transcript.add(new TranscriptEntry.Event(currentLine, event));
    }
  }
}
