package org.bglab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioParserTest {

  private static ScenarioSyntaxException malformed(String text) {
    return assertThrows(ScenarioSyntaxException.class, () -> Scenario.parse("my.scenario", text));
  }

  @Test
  void namesFileAndLineCountingCommentsAndBlankLines() {
    ScenarioSyntaxException e = malformed("# a comment\n\nwait 5s\n  frobnicate the cluster\n");
    assertEquals("my.scenario", e.source());
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("my.scenario:4: unknown step \"frobnicate\""), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "send many requests",
      "send 0 requests",
      "send 10 requests over soon",
      "send 10 requests to",
      "send 10 requests via green",
      "send 10 request on sockets",
      "open connections",
      "open 5 connections for",
      "close connections for 5s",
      "wait",
      "wait 5",
      "wait 5 s",
      "set nodes 0",
      "set gravity 9",
      "set proxy-sync-delay fast",
      "seed -1",
      "kubectl",
      "kubectl patch service s -p '{\"spec\":",
      "expect all requests failed 0",
      "expect all requests:",
      "expect last 0 requests: failed 0",
      "expect all requests: green lots",
      "expect the moon: green 1",
      "expect last patch: writes 1",
      "expect counts: selector-writes",
      "set faulty-image model:v2",
      "set faulty-image model:v2 0.3",
      "set faulty-image model:v2 error-rate=1.5",
      "set faulty-image model:v2 error-rate=-1",
      "set faulty-image model:v2 error-rate=lots",
      "send 10 requests and",
      "expect all requests to: failed 0",
      "expect all requests from s: failed 0",
      "expect counts by image: api-writes 1",
      "expect last 5 requests by image: failed 0",
      "expect ready: blue 3",
  })
  void rejectsMalformedLines(String line) {
    ScenarioSyntaxException e = malformed("wait 1s\n" + line + "\n");
    assertEquals(2, e.line(), e::getMessage);
    assertTrue(e.getMessage().startsWith("my.scenario:2: "), e.getMessage());
    assertTrue(e.problem().length() > 5, e::getMessage);
  }

  @Test
  void embeddedTextReportsTheLinesOfItsFile() {
    ScenarioSyntaxException e = assertThrows(ScenarioSyntaxException.class,
        () -> Scenario.parse("q3.md", "wait 1s\n\nwiat 2s", 40));
    assertEquals("q3.md:42: unknown step \"wiat\" (a line starts with kubectl, bglab, send, open, close, wait, set, seed"
        + " or expect; # starts a comment)", e.getMessage());
    ScenarioRun run = Scenario.parse("q3.md", "wait 1s\nexpect counts: api-writes 1", 40).run();
    assertEquals(41, run.failures().get(0).line());
  }

  @Test
  void aSecondSeedIsRejected() {
    assertEquals(3, malformed("seed 1\nwait 1s\nseed 2").line());
  }

  @Test
  void readsEveryKindOfStep() {
    Scenario scenario = Scenario.parse("ok.scenario", String.join("\n",
        "seed 7",
        "set readiness-delay 1s",
        "set nodes 3",
        "kubectl get pods",
        "send 1_000 requests to s over 2s",
        "send 5 requests on connections",
        "set faulty-image model:v2 error-rate=0.3",
        "send 10 requests to s and t and u over 1s",
        "open 3 connections to s for 1m",
        "close connections to s",
        "wait 1.5s",
        "expect last 10 requests: green >= 9, failed < 1",
        "expect all requests: none",
        "expect last 5 requests to s: model-error 0",
        "expect ready pods by image: model:v1 3",
        "expect endpoints s by image: model:v2",
        "expect endpoints s: green",
        "expect connections: none",
        "expect last patch s: selector-writes 1, seconds <= 2.5",
        "expect counts: per-user-entries 0",
        "expect output: No resources",
        "expect error: \"NotFound\""));
    assertEquals(7, scenario.seed());
    assertEquals(21, scenario.stepCount());
  }

  @Test
  void kubectlLinesHoldRealKubectlAndBglabLinesHoldOnlyBglabsAdditions() {
    assertTrue(malformed("kubectl create deployment blue --image=m --labels=app=model,env=blue").getMessage()
        .startsWith("my.scenario:1: real kubectl has no --labels flag on \"kubectl create\"; bglab's addition is"
            + " marked as such: write this line as \"bglab create deployment blue --image=m --labels=app=model,env=blue\""));
    assertTrue(malformed("kubectl create service clusterip s --tcp=80 --selector=env=blue").getMessage()
        .contains("real kubectl has no --selector flag"));
    assertTrue(malformed("bglab get pods").getMessage().contains("this command is real kubectl: write it as a kubectl line"));
    assertTrue(malformed("bglab create deployment blue --image=m").getMessage().contains("write it as a kubectl line"));
    Scenario scenario = Scenario.parse("ok.scenario", String.join("\n",
        "bglab create deployment blue --image=m --labels=app=model,env=blue",
        "bglab create service clusterip s --tcp=80:8080 --selector=env=blue",
        "kubectl create deployment green --image=m",
        "kubectl expose deployment green --name=t --port=80 --selector=app=green"));
    assertEquals(4, scenario.stepCount());
    assertTrue(scenario.run().failedCommands().isEmpty());
  }

  @Test
  void commentsStayInTheTranscriptWhereTheyStand() {
    ScenarioRun run = Scenario.parse("c.scenario", "# first\nwait 1s\n  # second, indented\nwait 1s").run();
    List<String> lines = TranscriptText.lines(run);
    int first = indexOf(lines, "# first");
    int second = indexOf(lines, "# second, indented");
    assertTrue(first >= 0 && second > first, () -> String.join("\n", lines));
    assertTrue(lines.get(first).startsWith("    1 "), lines.get(first));
    assertTrue(lines.get(first + 1).contains("wait 1s"), () -> String.join("\n", lines));
    assertEquals(2, Scenario.parse("c.scenario", "# first\nwait 1s\n# second\nwait 1s").stepCount(),
        "comments are not steps");
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith(text)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void withoutASeedLineTheDefaultIsUsed() {
    assertEquals(Scenario.DEFAULT_SEED, Scenario.parse("x", "wait 1s").seed());
  }
}
