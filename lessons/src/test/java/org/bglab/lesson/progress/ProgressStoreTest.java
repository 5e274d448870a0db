package org.bglab.lesson.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  private ProgressStore store(Path where) {
    return new ProgressStore(where, CLOCK, warnings::add);
  }

  @Test
  void noFileMeansAFreshStartWithoutWarnings() {
    assertEquals(Progress.empty(), store(dir).load());
    assertEquals(List.of(), warnings);
  }

  @Test
  void savedProgressIsReadBackByANewStore() {
    store(dir.resolve("nested/state")).update(p -> p.started("batching", "t1")
        .answered("batching", Map.of("1", new QuestionRecord(2, true)), true, "t2"));

    Progress back = store(dir.resolve("nested/state")).load();

    assertEquals(LessonStatus.DONE, back.statusOf("batching"));
    assertEquals(new QuestionRecord(2, true), back.lessons().get("batching").questions().get("1"));
    assertEquals("t1", back.lessons().get("batching").started());
    assertEquals("t2", back.lessons().get("batching").completed());
    assertEquals(List.of(), warnings);
  }

  @Test
  void writesLeaveNoTemporaryFilesBehind() throws IOException {
    ProgressStore store = store(dir);
    for (int i = 0; i < 5; i++) {
      String id = "lesson-" + i;
      store.update(p -> p.started(id, "t"));
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(ProgressStore.FILE_NAME),
          files.map(f -> f.getFileName().toString()).toList());
    }
    assertEquals(5, store.load().lessons().size());
  }

  @Test
  void aSaveCleansUpTheStaleTemporaryFileOfAKilledRun() throws IOException {
    Path killed = Files.writeString(
        dir.resolve(org.bglab.files.AtomicWrite.TEMP_PREFIX + "progress.json.1.tmp"), "{\"for");
    Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.from(
        Instant.now().minus(org.bglab.files.AtomicWrite.STALE).minusSeconds(60)));

    store(dir).update(p -> p.started("batching", "t"));

    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(ProgressStore.FILE_NAME),
          files.map(f -> f.getFileName().toString()).toList());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{ not json", "", "[1, 2]", "{\"format\": 1}", "{\"format\": 1, \"lessons\": {\"x\": {}}}",
      "{\"format\": 9, \"lessons\": {}}", "{\"format\": 1, \"lessons\": {}, \"extra\": true}",
      "{\"format\": 1, \"lessons\": {\"x\": {\"status\": \"maybe\"}}}",
      "{\"format\": 1, \"lessons\": {}} trailing", "null", "42", "\"text\"", "{}",
      "{\"format\": 1, \"lessons\": null}", "{\"format\": 1, \"lessons\": {\"x\": null}}",
      "{\"format\": 1, \"lessons\": {\"x\": {\"status\": \"done\", \"questions\": {\"1\": {}}}}}",
      "{\"format\": 1.5, \"lessons\": {}}"})
  void aDamagedFileIsMovedAsideWithAWarningAndProgressStartsFresh(String content)
      throws IOException {
    Path file = dir.resolve(ProgressStore.FILE_NAME);
    Files.writeString(file, content);

    Progress loaded = store(dir).load();

    assertEquals(Progress.empty(), loaded);
    Path aside = dir.resolve("progress.json.corrupt-20300102T030405Z");
    assertArrayEquals(content.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(aside));
    assertTrue(Files.notExists(file));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains(aside.toString()), warnings.get(0));
    assertTrue(!warnings.get(0).matches("(?s).*(jackson|java\\.|Exception|Feature).*"),
        warnings.get(0));
  }

  @Test
  void aLessonStoppedPartWayRemembersWhereAndTheFirstAttemptOfAQuestionIsKept() {
    ProgressStore store = store(dir);
    store.update(p -> p.answered("a", Map.of("1", new QuestionRecord(2, true)), false, 3, "t1"));
    store.update(p -> p.answered("a", Map.of("1", new QuestionRecord(1, true),
        "2", new QuestionRecord(1, true)), true, 0, "t2"));

    Progress back = store(dir).load();

    assertEquals(new QuestionRecord(2, true), back.lessons().get("a").questions().get("1"));
    assertEquals(new QuestionRecord(1, true), back.lessons().get("a").questions().get("2"));
    assertEquals(java.util.Optional.empty(), back.resumeSection("a"));
    store.update(p -> p.answered("b", Map.of(), false, 3, "t3"));
    assertEquals(java.util.Optional.of(3), store(dir).load().resumeSection("b"));
  }

  @Test
  void aSecondDamagedFileDoesNotOverwriteTheFirstOneMovedAside() throws IOException {
    Files.writeString(dir.resolve(ProgressStore.FILE_NAME), "first");
    store(dir).load();
    Files.writeString(dir.resolve(ProgressStore.FILE_NAME), "second");
    store(dir).load();
    assertEquals("first", Files.readString(dir.resolve("progress.json.corrupt-20300102T030405Z")));
    assertEquals("second",
        Files.readString(dir.resolve("progress.json.corrupt-20300102T030405Z-1")));
  }

  @Test
  void afterRecoveryNewProgressIsSaved() {
    ProgressStore store = store(dir);
    store.update(p -> p.started("a", "t"));
    store.update(p -> p.answered("a", Map.of(), true, "t"));
    assertEquals(LessonStatus.DONE, store(dir).load().statusOf("a"));
  }

  @Test
  void lessonsThatAreNotLoadedNowAreKeptWhenTheFileIsRewritten() {
    store(dir).update(p -> p.answered("instructors-own", Map.of(), true, "t"));
    store(dir).update(p -> p.started("batching", "t"));
    Progress back = store(dir).load();
    assertEquals(LessonStatus.DONE, back.statusOf("instructors-own"));
    assertEquals(LessonStatus.STARTED, back.statusOf("batching"));
  }

  @Test
  void aStateDirectoryThatCannotBeCreatedGivesAWarningNotAFailure() throws IOException {
    Path blocker = dir.resolve("file-in-the-way");
    Files.writeString(blocker, "x");
    ProgressStore store = store(blocker.resolve("state"));

    Progress changed = store.update(p -> p.started("a", "t"));

    assertEquals(LessonStatus.STARTED, changed.statusOf("a"));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).startsWith("cannot save progress"), warnings.get(0));
  }

  @Test
  void resetKeepsTheOldFileAsABackup() throws IOException {
    ProgressStore store = store(dir);
    store.update(p -> p.answered("a", Map.of(), true, "t"));
    String before = Files.readString(store.file());

    Path backup = store.reset().orElseThrow();

    assertEquals(before, Files.readString(backup));
    assertEquals(Progress.empty(), store.load());
    assertTrue(store.reset().isEmpty());
  }

  @Test
  void finishingALessonKeepsItsFirstCompletionTimeAndItStaysDoneOnReview() {
    Progress done = Progress.empty().answered("a", Map.of(), true, "first");
    Progress reviewed = done.answered("a", Map.of("1", new QuestionRecord(3, true)), false, "later");
    assertEquals(LessonStatus.DONE, reviewed.statusOf("a"));
    assertEquals("first", reviewed.lessons().get("a").completed());
    assertEquals(done, done.started("a", "again"));
  }
}
