package org.bglab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled lessons: all valid, each complete, each file listed in the index. */
class BundledLessonsTest {

  private static final Path SOURCES = Path.of("src/main/resources/bglab/lessons");

  @Test
  void everyBundledLessonParses() {
    Curriculum.Reading reading = Curriculum.read(Optional.empty());
    assertEquals(List.of(), reading.errors().stream().map(Throwable::getMessage).toList());
    assertEquals(7, reading.lessons().size());
  }

  @Test
  void everyLessonHasObjectivesExperimentQuestionHintAndSummary() {
    for (Lesson lesson : Curriculum.read(Optional.empty()).curriculum().lessons()) {
      List<Section> sections = lesson.sections();
      assertEquals("Objectives", sections.get(0).heading(), lesson.id());
      assertEquals("Summary", sections.get(sections.size() - 1).heading(), lesson.id());
      assertFalse(lesson.experiments().isEmpty(), lesson.id());
      assertFalse(lesson.questions().isEmpty(), lesson.id());
      assertTrue(sections.stream().anyMatch(s -> !s.hints().isEmpty()), lesson.id());
    }
  }

  @Test
  void everyQuestionHasItsOwnHintWrittenBeforeIt() {
    for (Lesson lesson : Curriculum.read(Optional.empty()).curriculum().lessons()) {
      for (Section section : lesson.sections()) {
        boolean hintSinceLastQuestion = false;
        for (LessonBlock block : section.blocks()) {
          if (block instanceof LessonBlock.Hint) {
            hintSinceLastQuestion = true;
          } else if (block instanceof LessonBlock.Question question) {
            assertTrue(hintSinceLastQuestion, lesson.source() + ":" + question.line());
            hintSinceLastQuestion = false;
          }
        }
      }
    }
  }

  @Test
  void everyLessonFileIsInTheIndexAndTheOther() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      List<String> onDisk = files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".md")).sorted().toList();
      assertEquals(onDisk, Curriculum.bundledNames().stream().sorted().toList());
    }
  }
}
