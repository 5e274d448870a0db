package org.bglab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bglab.simulator.input.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurriculumTest {

  @TempDir Path dir;

  @Test
  void bundledLessonsComeInIndexOrderAndAreFoundByNumberOrId() {
    Curriculum curriculum = Curriculum.read(Optional.empty()).curriculum();
    List<String> ids = curriculum.lessons().stream().map(Lesson::id).toList();
    assertEquals(List.of("two-environments", "counting-the-switch", "batching", "one-pointer",
        "space", "safe-workflow", "progressive-shifting"), ids);
    assertEquals("batching", curriculum.find("3").orElseThrow().id());
    assertEquals(3, curriculum.numberOf(curriculum.find("batching").orElseThrow()));
    assertTrue(curriculum.find("8").isEmpty());
    assertTrue(curriculum.find("0").isEmpty());
    assertEquals("batching",
        curriculum.next(Set.of("two-environments", "counting-the-switch")).orElseThrow().id());
    assertTrue(curriculum.next(Set.copyOf(ids)).isEmpty());
  }

  @Test
  void instructorLessonsAreAddedAfterTheBundledOnesAndReplaceSameIds() throws IOException {
    Files.writeString(dir.resolve("20-extra.md"), LessonText.VALID);
    Files.writeString(dir.resolve("03-batching.md"),
        LessonText.with("# A test lesson", "# Batching, our way"));
    Files.writeString(dir.resolve("README.md"), "notes for instructors, not a lesson");

    Curriculum curriculum = Curriculum.read(Optional.of(dir)).curriculum();

    assertEquals(8, curriculum.lessons().size());
    assertEquals("Batching, our way", curriculum.find("3").orElseThrow().title());
    assertEquals("extra", curriculum.find("8").orElseThrow().id());
  }

  @Test
  void collectsEveryMalformedFile() throws IOException {
    Files.writeString(dir.resolve("10-one.md"), LessonText.with("answer: A", ""));
    Files.writeString(dir.resolve("11-two.md"), LessonText.with("## Summary", "## End"));

    Curriculum.Reading reading = Curriculum.read(Optional.of(dir));

    assertEquals(2, reading.errors().size());
    assertTrue(reading.errors().get(0).getMessage().startsWith(dir.resolve("10-one.md") + ":"));
    assertTrue(reading.errors().get(1).getMessage().startsWith(dir.resolve("11-two.md") + ":"));
    assertThrows(IllegalStateException.class, reading::curriculum);
  }

  @Test
  void aMissingOrEmptyDirectoryIsTheUsersToFix() {
    assertThrows(InputError.class,
        () -> Curriculum.read(Optional.of(dir.resolve("nope"))));
    assertThrows(InputError.class, () -> Curriculum.read(Optional.of(dir)));
  }

  @Test
  void twoInstructorFilesWithTheSameIdAreAnErrorNamingBoth() throws IOException {
    Files.writeString(dir.resolve("20-extra.md"), LessonText.VALID);
    Files.writeString(dir.resolve("21-extra.md"), LessonText.VALID);

    Curriculum.Reading reading = Curriculum.read(Optional.of(dir));

    assertEquals(1, reading.errors().size());
    String message = reading.errors().get(0).getMessage();
    assertTrue(message.startsWith(dir.resolve("21-extra.md") + ":1: "), message);
    assertTrue(message.contains(dir.resolve("20-extra.md").toString()), message);
  }

  @Test
  void theOutlineFromTheBuildsCatalogueMatchesTheParsedLessons() {
    List<Lesson> parsed = Curriculum.read(Optional.empty()).curriculum().lessons();
    List<Lesson> outline = Curriculum.outline(Optional.empty()).curriculum().lessons();
    assertTrue(LessonCatalogue.bundled().isPresent(), "the build writes the catalogue");
    assertEquals(parsed.stream().map(l -> l.id() + " " + l.title() + " " + l.source()).toList(),
        outline.stream().map(l -> l.id() + " " + l.title() + " " + l.source()).toList());
  }
}
