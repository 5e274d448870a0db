package org.bglab.classroom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bglab.output.JsonOutput;
import org.bglab.course.StrategyGuard;
import org.bglab.quiz.QuestionBank;

/** What the page asks first: the strategies it may offer, the caps, and the size of the quiz. */
final class Info {

  private Info() {}

  /** The answer of {@code /api/info}. */
  static ObjectNode of(StrategyCatalogue strategies, QuestionBank bank) {
    ObjectNode info = JsonOutput.object();
    strategies.names().forEach(info.putArray("strategies")::add);
    strategies.courseNames().forEach(info.putArray("courseStrategies")::add);
    ObjectNode caps = info.putObject("caps");
    caps.put("users", RunParameters.MAX_USERS);
    caps.put("maxRequests", RunParameters.MAX_REQUESTS);
    caps.put("rps", RunParameters.MAX_RPS);
    caps.put("nodes", RunParameters.MAX_NODES);
    caps.put("propagationMs", RunParameters.MAX_PROPAGATION_MILLIS);
    caps.put("growthUsers", GrowthStream.MAX_USERS);
    caps.put("runsAtOnce", RunSlots.SLOTS);
    caps.put("courseCallSeconds", StrategyGuard.CALL_LIMIT.toSeconds());
    caps.put("framesPerRun", LiveRun.FRAMES_PER_RUN);
    info.put("defaultMaxRequests", RunParameters.DEFAULT_MAX_REQUESTS);
    info.put("questions", bank.size());
    return info;
  }
}
