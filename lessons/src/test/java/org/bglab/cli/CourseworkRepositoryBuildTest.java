package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository {@code bglab coursework init} writes builds and tests offline with the commands
 * its README gives: red on the skeleton, and full marks once both exercises are solved.
 *
 * <p>It runs Maven three times in the generated folder (about 10 s each on two cores), offline,
 * from the Maven cache this build already filled. It runs inside bglab's own Maven build, so it
 * must not take the machine's Maven lock itself. Without {@code mvn} on the PATH it is skipped.
 */
class CourseworkRepositoryBuildTest {

  private static final String EXERCISE_1 =
      "src/test/java/org/bglab/coursework/exercise/NewestFirstSwitch.java";
  private static final String EXERCISE_2 =
      "src/test/java/org/bglab/coursework/properties/BatchedSwitchProperties.java";

  @TempDir Path dir;

  @Test
  void buildsOfflineRedOnTheSkeletonAndGivesFullMarksToTheSolutions() throws Exception {
    Path maven = maven().orElse(null);
    Assumptions.assumeTrue(maven != null, "mvn is not on the PATH");
    Path repository = dir.resolve("course");
    CliRun init = CliRun.of("coursework", "init", repository.toString());
    assertEquals(0, init.exitCode(), init.err());

    Run skeleton = run(maven, repository, "-o", "-B", "test");
    assertNotEquals(0, skeleton.exitCode(), skeleton.output());
    assertTrue(skeleton.output().contains("RED: 0 of 6 properties hold."), skeleton.output());
    assertTrue(skeleton.output().contains("RED: no properties yet."), skeleton.output());
    assertTrue(skeleton.output().contains(
        "Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Time elapsed"), skeleton.output());

    Run oneCheck = run(maven, repository, "-o", "-B", "-q", "test", "-Pgrade",
        "-Dgrade.check=E1.1");
    assertEquals(1, oneCheck.exitCode(), oneCheck.output());
    assertTrue(oneCheck.output().contains("{\"name\": \"E1.1 newest-first switch: every user ends"
        + " on green\", \"points\": 0, \"maximum\": 2, \"passed\": false, \"message\": "
        + "\"counterexample: n=1 users, b=1 per call"), oneCheck.output());

    solveExercise1(repository.resolve(EXERCISE_1));
    Files.copy(Path.of(EXERCISE_2), repository.resolve(EXERCISE_2),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Run graded = run(maven, repository, "-o", "-B", "-q", "test", "-Pgrade");
    assertEquals(0, graded.exitCode(), graded.output());
    Matcher check = Pattern.compile("\\{\"name\": \"(E[^ ]+) [^\"]*\", \"points\": (\\d+),"
        + " \"maximum\": (\\d+), \"passed\": (true|false)").matcher(graded.output());
    int checks = 0;
    int points = 0;
    while (check.find()) {
      checks++;
      assertEquals("true", check.group(4), check.group(1) + ": " + graded.output());
      points += Integer.parseInt(check.group(2));
    }
    assertEquals(17, checks, graded.output());
    assertEquals(24, points, graded.output());
  }

  /** The two methods of the skeleton, filled in as the reference solution does. */
  private static void solveExercise1(Path skeleton) throws IOException {
    String text = Files.readString(skeleton);
    String[] parts = text.split("throw new UnsupportedOperationException\\([^;]*\\);", -1);
    assertEquals(3, parts.length, "two methods to fill in");
    Files.writeString(skeleton, parts[0] + """
        if (isComplete()) {
                return false;
              }
              counter.recordUpdateCall();
              int from = Math.max(0, switchedFrom - batchSize);
              counter.recordEntriesWritten(table.assignRange(from, switchedFrom, target));
              switchedFrom = from;
              return true;""" + parts[1] + "return switchedFrom == 0;" + parts[2]);
  }

  private record Run(int exitCode, String output) {}

  private static Run run(Path maven, Path directory, String... args)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(maven.toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("coursework-mvn", ".log");
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      process.getOutputStream().close();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("mvn " + String.join(" ", args) + " did not end in 180 s");
      }
      return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static Optional<Path> maven() {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(entry, "mvn");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
