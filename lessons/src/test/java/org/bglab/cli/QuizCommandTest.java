package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bglab.quiz.Question;
import org.bglab.quiz.QuestionBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizCommandTest {

  @TempDir Path bank;

  private static List<Question> bundled() throws Exception {
    return QuestionBank.load(List.of()).questions();
  }

  private static String keys(List<Question> questions) {
    return String.join(",", questions.stream().map(Question::key).toList());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = QuizCommandTest.class.getResourceAsStream(
        "/org/bglab/quiz/questions/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static CliRun withInput(String input, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRun.of(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void checkProvesEveryBundledKey() {
    CliRun run = CliRun.of("quiz", "--check");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(6, lines.size(), run.out());
    for (String line : lines.subList(0, 5)) {
      assertTrue(line.matches("[a-z0-9-]+ key=[A-D] PASS  .+"), line);
      for (String letter : List.of("A", "B", "C", "D")) {
        assertTrue(line.matches(".*  (.*; )?([A-D], )*" + letter + "(, [A-D])*: .*"),
            "the evidence says what option " + letter + " did: " + line);
      }
    }
    assertEquals("5 passed, 0 failed", lines.get(5));
  }

  @Test
  void aCopyOfAQuestionWithAnotherKeyFailsItsCheck() throws Exception {
    String copy = resource("switch-command.yaml")
        .replace("id: switch-command", "id: switch-command-copy")
        .replace("key: D", "key: A");
    Files.writeString(bank.resolve("copy.yaml"), copy);
    CliRun run = CliRun.of("quiz", "--check", "--bank", bank.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("switch-command key=D PASS"), run.out());
    assertTrue(run.out().contains("switch-command-copy key=A FAIL  A, B: 0/1000 to green, 0 failed, 1000 to blue"),
        run.out());
    assertTrue(run.out().endsWith("5 passed, 1 failed\n"), run.out());
  }

  @Test
  void anInstructorQuestionWithARightKeyPasses() throws Exception {
    String copy = resource("predict-output.yaml").replace("id: predict-output", "id: extra");
    Files.writeString(bank.resolve("extra.yaml"), copy);
    CliRun run = CliRun.of("quiz", "--check", "--bank", bank.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("extra key=A PASS"), run.out());
    assertTrue(run.out().endsWith("6 passed, 0 failed\n"), run.out());
  }

  @Test
  void malformedFilesAreReportedWithFileAndLine() throws Exception {
    Path file = bank.resolve("bad.yaml");
    Files.writeString(file, resource("still-on-blue.yaml")
        .replace("id: still-on-blue", "id: bad").replace("key: A", "key: F"));
    int keyLine = Files.readAllLines(file).indexOf("key: F") + 1;
    for (String mode : List.of("--validate", "--check")) {
      CliRun run = CliRun.of("quiz", mode, "--bank", bank.toString());
      assertEquals(2, run.exitCode(), mode + ": " + run.err());
      assertTrue(run.err().startsWith(file + ":" + keyLine
          + ": key 'F' is not one of the options A, B, C, D\n"), run.err());
      assertTrue(!run.err().contains("Exception"), run.err());
    }
  }

  @Test
  void aYamlSyntaxErrorIsReportedWithItsLine() throws Exception {
    Path file = bank.resolve("broken.yaml");
    Files.writeString(file, "id: broken\ntitle: [unclosed\nprompt: x\n");
    CliRun run = CliRun.of("quiz", "--validate", "--bank", bank.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().matches("(?s)" + java.util.regex.Pattern.quote(file.toString())
        + ":[34]: not valid YAML: .*"), run.err());
  }

  @Test
  void validateAcceptsTheBundledQuestions() {
    CliRun run = CliRun.of("quiz", "--validate");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("5 questions valid\n", run.out());
  }

  @Test
  void scriptedAnswersAreScored() throws Exception {
    List<Question> questions = bundled();
    CliRun allRight = CliRun.of("quiz", "--answers", keys(questions).toLowerCase());
    assertEquals(0, allRight.exitCode(), allRight.err());
    assertTrue(allRight.out().contains("Score: 5 of 5 right"), allRight.out());

    Question first = questions.get(0);
    String wrong = first.letters().stream().filter(l -> !l.equals(first.key())).findFirst()
        .orElseThrow();
    String answers = wrong + keys(questions).substring(1);
    CliRun oneWrong = CliRun.of("quiz", "--answers", answers);
    assertEquals(1, oneWrong.exitCode(), oneWrong.err());
    assertTrue(oneWrong.out().contains("Score: 4 of 5 right"), oneWrong.out());
    assertTrue(oneWrong.out().contains("You chose " + wrong + "; the answer is " + first.key()),
        oneWrong.out());
    assertTrue(oneWrong.out().contains(first.choice(wrong).orElseThrow().explanation()
        .substring(0, 30)), oneWrong.out());
  }

  @Test
  void malformedAnswersExitWithTwo() {
    for (String answers : List.of("A,B", "A,B,C,D,E,F", "A,B,Z,A,B", "A,,C,D,A")) {
      CliRun run = CliRun.of("quiz", "--answers", answers);
      assertEquals(2, run.exitCode(), answers + ": " + run.err());
      assertTrue(run.err().startsWith("bglab quiz: --answers: "), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
    }
  }

  @Test
  void pipedAnswersAreReadUntilEndOfInput() throws Exception {
    String keys = keys(bundled()).replace(",", "\n") + "\n";
    CliRun run = withInput(keys, "quiz");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Question 5 of 5"), run.out());
    assertTrue(run.out().contains("Score: 5 of 5 right"), run.out());
  }

  @Test
  void endOfInputEndsTheQuizCleanly() throws Exception {
    CliRun empty = withInput("", "quiz");
    assertEquals(1, empty.exitCode(), empty.err());
    assertEquals("", empty.err());
    assertTrue(empty.out().contains("Stopped after 0 of 5 questions."), empty.out());

    String first = bundled().get(0).key();
    CliRun partial = withInput("nonsense\n" + first + "\n", "quiz");
    assertEquals(1, partial.exitCode(), partial.err());
    assertTrue(partial.out().contains("'nonsense' is not one of the options"), partial.out());
    assertTrue(partial.out().contains("Stopped after 1 of 5 questions."), partial.out());
    assertTrue(partial.out().contains("Score: 1 of 5 right"), partial.out());
  }

  @Test
  void aBankWhoseCodeHangsExitsSleepsOrThrowsFailsAndSaysWhatTheCodeDid() {
    Path unsound = Path.of("../quiz/src/test/resources/org/bglab/quiz/unsound-bank");
    CliRun run = CliRun.of("quiz", "--check", "--bank", unsound.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(10, lines.size(), run.out());
    lines.subList(0, 5).forEach(line -> assertTrue(line.contains(" PASS  "), line));
    assertEquals(List.of(
        "endless-loop key=A FAIL  A, B: the code did not finish within 5 s and was stopped",
        "exception key=A FAIL  A, B: the code threw ArrayIndexOutOfBoundsException: Index 2 out"
            + " of bounds for length 2",
        "sleep-paced key=A FAIL  A, B: the code calls System.currentTimeMillis (it reads the"
            + " clock), so what it prints can change from one run to the next",
        "system-exit key=A FAIL  A, B: the code called System.exit(0) before it finished, after"
            + " printing \"draining blue\\n\""),
        lines.subList(5, 9).stream()
            .map(l -> l.replace(" -- the key A does not meet the condition", "")).toList());
    assertEquals("5 passed, 4 failed", lines.get(9));
  }

  @Test
  void theClosingHintNamesTheCheckCommandWithTheBanksGiven() throws Exception {
    Files.writeString(bank.resolve("extra.yaml"),
        resource("predict-output.yaml").replace("id: predict-output", "id: extra"));
    List<Question> questions = bundled();
    String allWrong = String.join(",", questions.stream().map(q -> q.letters().stream()
        .filter(l -> !l.equals(q.key())).findFirst().orElseThrow()).toList());
    CliRun plain = CliRun.of("quiz", "--answers", allWrong);
    assertTrue(plain.out().endsWith("To see each option played out, run: ./bglab quiz --check\n"),
        plain.out());
    CliRun banked = CliRun.of("quiz", "--answers", allWrong + ",B", "--bank", bank.toString());
    assertTrue(banked.out().endsWith("To see each option played out, run: ./bglab quiz --check"
        + " --bank " + bank + "\n"), banked.out());
    CliRun right = CliRun.of("quiz", "--answers", keys(questions));
    assertTrue(!right.out().contains("--check"), right.out());
  }

  @Test
  void theReadmesAnswersExampleScoresWhatItSays() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    java.util.regex.Matcher example = java.util.regex.Pattern.compile(
        "\\./bglab quiz --answers ([A-Z,]+) +#.*scores (\\d+) of (\\d+) \\(exit (\\d)\\)")
        .matcher(readme);
    assertTrue(example.find(), "the README's quiz --answers example says what it scores");
    CliRun run = CliRun.of("quiz", "--answers", example.group(1));
    assertTrue(run.out().contains("Score: " + example.group(2) + " of " + example.group(3)
        + " right"), run.out());
    assertEquals(Integer.parseInt(example.group(4)), run.exitCode());
  }

  @Test
  void modesCannotBeCombined() {
    CliRun run = CliRun.of("quiz", "--check", "--validate");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("cannot be combined"), run.err());
  }

  @Test
  void aMissingBankDirectoryIsUsageError() {
    CliRun run = CliRun.of("quiz", "--validate", "--bank", bank.resolve("nope").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith(bank.resolve("nope") + ": not a directory"), run.err());
  }
}
