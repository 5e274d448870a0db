package org.bglab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bundled lessons' ids and titles, written at build time from the parsed lessons into
 * {@value #RESOURCE}, so that listing the lessons needs neither the Markdown parser nor the
 * lesson files. One line per lesson: file name, a tab, title.
 */
public final class LessonCatalogue {

  /** Where the build puts the catalogue on the class path. */
  static final String RESOURCE = Curriculum.RESOURCE_DIR + "catalogue.txt";

  private LessonCatalogue() {}

  /**
   * Writes the catalogue of the bundled lessons below the class-path root {@code args[0]}; run by
   * the build. Fails the build when a bundled lesson is malformed.
   */
  public static void main(String[] args) throws IOException {
    Curriculum curriculum = Curriculum.read(Optional.empty()).curriculum();
    StringBuilder text = new StringBuilder();
    for (Lesson lesson : curriculum.lessons()) {
      String name = lesson.source().substring(lesson.source().lastIndexOf('/') + 1);
      text.append(name).append('\t').append(lesson.title()).append('\n');
    }
    Path file = Path.of(args[0], RESOURCE.substring(1));
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The bundled lessons as outlines (id, title, source), when the build wrote a catalogue. */
  static Optional<List<Lesson>> bundled() {
    try (InputStream in = LessonCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      List<Lesson> lessons = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          String name = line.substring(0, tab);
          lessons.add(Lesson.outline(LessonParser.idOf(name).orElseThrow(),
              line.substring(tab + 1), Curriculum.BUNDLED_SOURCE + name));
        }
      }
      return Optional.of(lessons);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
