package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bglab in its own JVM, as a student's shell runs it: state under {@code BGLAB_HOME}, answers
 * on a real standard input that ends, no terminal.
 */
class LessonProcessTest {

  @TempDir Path home;

  private record Result(int exitCode, String out, String err) {}

  private Result bglab(String input, String... args) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("BGLAB_HOME", home.toString());
    builder.environment().put("NO_COLOR", "1");
    builder.redirectOutput(home.resolve("out.txt").toFile());
    builder.redirectError(home.resolve("err.txt").toFile());
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bglab did not end: it hangs on input");
    return new Result(process.exitValue(), Files.readString(home.resolve("out.txt")),
        Files.readString(home.resolve("err.txt")));
  }

  @Test
  void endOfInputStopsTheLessonCleanlyAndProgressGoesToBglabHome()
      throws IOException, InterruptedException {
    Result result = bglab("", "lesson", "next");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("lesson 1 is not done yet"), result.out());
    assertTrue(Files.readString(home.resolve("progress.json")).contains("\"started\""));
    assertFalse(result.out().contains("\u001B["), "no colour without a terminal");
  }

  @Test
  void answersOnStandardInputFinishTheLesson() throws IOException, InterruptedException {
    Result result = bglab("D\nB\nB\n", "lesson", "1");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("Lesson 1 done"), result.out());
    assertTrue(Files.readString(home.resolve("progress.json")).contains("\"done\""));
  }
}
