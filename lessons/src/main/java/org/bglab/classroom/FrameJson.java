package org.bglab.classroom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.BitSet;
import java.util.Map;
import org.bglab.output.JsonOutput;
import org.bglab.simulator.engine.RouteSample;
import org.bglab.simulator.engine.RunEvent;
import org.bglab.simulator.engine.RunFrame;
import org.bglab.simulator.engine.RunOutline;
import org.bglab.simulator.model.ProxiedRoutes.NodeStatus;

/**
 * What the Switch view is sent of a run: the engine's outline, frames and events
 * ({@link org.bglab.simulator.engine.RunWatcher}) as compact JSON. A frame's size does not grow
 * with n: its route sample is at most {@link RouteSample#MAX_SIZE} characters ({@code 1} for a
 * sampled user routed to green, {@code 0} for blue), its node statuses one character per proxy
 * node ({@code B}, {@code G}, {@code M} mixed, {@code -} no users).
 */
final class FrameJson {

  private static final double NANOS = 1e9;

  private static final Map<RunEvent.Kind, String> WORDS = Map.of(
      RunEvent.Kind.SWITCH_STARTED, "switch started: the first update call",
      RunEvent.Kind.MIXED_OPENED, "mixed-version window opened: some users on blue, some on green",
      RunEvent.Kind.MIXED_CLOSED, "mixed-version window closed: every user on one version",
      RunEvent.Kind.ALARM, "ALARM: green failed too many requests in the monitor window",
      RunEvent.Kind.ROLLBACK_STARTED, "rollback started: switching back to blue",
      RunEvent.Kind.SWITCH_DONE, "switch done: every user on green; the bake time begins",
      RunEvent.Kind.ROLLBACK_DONE, "rollback done: every user on blue again",
      RunEvent.Kind.TRAFFIC_STOPPED, "traffic stopped: the run is over");

  private FrameJson() {}

  /** The outline, sent once before the first frame. */
  static ObjectNode outline(RunOutline outline) {
    ObjectNode node = JsonOutput.object();
    node.put("strategy", outline.strategy());
    node.put("users", outline.users());
    node.put("windowSeconds", outline.windowNanos() / NANOS);
    node.put("frameSeconds", outline.frameNanos() / NANOS);
    node.put("fullSwitchSeconds", outline.fullSwitchNanos() / NANOS);
    node.put("rps", outline.requestsPerSecond());
    node.put("rateLowered", outline.rateLowered());
    node.put("proxyNodes", outline.proxyNodes());
    node.put("sampleSize", outline.sampleSize());
    return node;
  }

  /** One frame. */
  static ObjectNode frame(RunFrame frame) {
    ObjectNode node = JsonOutput.object();
    node.put("t", frame.atNanos() / NANOS);
    node.put("phase", frame.phase().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    node.put("entriesWritten", frame.counts().entriesWritten());
    node.put("updateCalls", frame.counts().updateCalls());
    node.put("pointerWrites", frame.counts().pointerWrites());
    node.put("routingReads", frame.counts().routingReads());
    node.put("usersOnGreen", frame.usersOnGreen());
    node.put("sent", frame.sent());
    node.put("servedByBlue", frame.servedByBlue());
    node.put("servedByGreen", frame.servedByGreen());
    node.put("failed", frame.failed());
    node.put("mixed", frame.mixed());
    node.put("mixedSeconds", frame.mixedNanos() / NANOS);
    node.put("sample", sample(frame.sample()));
    StringBuilder nodes = new StringBuilder(frame.nodes().size());
    for (NodeStatus status : frame.nodes()) {
      nodes.append(switch (status) {
        case BLUE -> 'B';
        case GREEN -> 'G';
        case MIXED -> 'M';
        default -> '-';
      });
    }
    node.put("nodes", nodes.toString());
    return node;
  }

  /** One event, with its words. */
  static ObjectNode event(RunEvent event) {
    ObjectNode node = JsonOutput.object();
    node.put("t", event.atNanos() / NANOS);
    node.put("kind", event.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    node.put("text", WORDS.get(event.kind()));
    node.put("usersOnGreen", event.usersOnGreen());
    return node;
  }

  private static String sample(RouteSample sample) {
    BitSet green = sample.green();
    char[] cells = new char[sample.size()];
    for (int index = 0; index < cells.length; index++) {
      cells[index] = green.get(index) ? '1' : '0';
    }
    return new String(cells);
  }
}
