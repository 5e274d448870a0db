package org.bglab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.bglab.simulator.input.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void aWriteRemovesTheStaleTemporaryFilesOfKilledRunsButNotFreshOnes() throws IOException {
    Path stale = Files.writeString(dir.resolve(AtomicFile.TEMP_PREFIX + "a.csv.123.tmp"), "half");
    Files.setLastModifiedTime(stale, FileTime.from(
        Instant.now().minus(AtomicFile.STALE).minusSeconds(60)));
    Path fresh = Files.writeString(dir.resolve(AtomicFile.TEMP_PREFIX + "b.csv.456.tmp"), "busy");
    Path unrelated = Files.writeString(dir.resolve("notes.tmp"), "mine");
    Files.setLastModifiedTime(unrelated, FileTime.from(Instant.EPOCH));

    AtomicFile.write(dir.resolve("c.csv"), "x\n", "--out");

    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(fresh.getFileName().toString(), "c.csv", "notes.tmp"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void temporaryFilesHaveARecognisableNameAndNoneIsLeftAfterAWrite() throws IOException {
    AtomicFile.write(dir.resolve("d.csv"), "x\n", "--out");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("d.csv"), files.map(f -> f.getFileName().toString()).toList());
    }
    assertTrue(AtomicFile.TEMP_PREFIX.startsWith(".bglab-"));
  }

  @Test
  void emptyPathsAndDirectoriesAreBadInputBeforeAnyWork() throws IOException {
    InputError empty = assertThrows(InputError.class,
        () -> AtomicFile.requireWritableDirectory(Path.of(""), "--out"));
    assertTrue(empty.getMessage().contains("the path is empty"), empty.getMessage());
    InputError directory = assertThrows(InputError.class,
        () -> AtomicFile.requireWritableFile(dir, "--timeline"));
    assertTrue(directory.getMessage().contains("is a directory"), directory.getMessage());
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    InputError below = assertThrows(InputError.class,
        () -> AtomicFile.requireWritableFile(blocker.resolve("t.csv"), "--timeline"));
    assertFalse(below.getMessage().contains("Exception"), below.getMessage());
    assertTrue(below.getMessage().startsWith("--timeline: cannot write "), below.getMessage());
  }
}
