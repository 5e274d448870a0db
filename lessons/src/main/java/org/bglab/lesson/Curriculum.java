package org.bglab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bglab.simulator.input.InputError;

/**
 * The lessons in the order a student takes them: the bundled ones, then those of an instructor's
 * directory ({@code --lessons DIR}) in file-name order. An instructor lesson whose id equals a
 * bundled one replaces it in place.
 */
public final class Curriculum {

  /** Where the bundled lessons live on the class path. */
  static final String RESOURCE_DIR = "/bglab/lessons/";
  /** How bundled lessons are named in messages: where a developer edits them. */
  static final String BUNDLED_SOURCE = "lessons/src/main/resources/bglab/lessons/";

  private final List<Lesson> lessons;

  private Curriculum(List<Lesson> lessons) {
    this.lessons = List.copyOf(lessons);
  }

  /**
   * Reads every lesson file and reports every malformed one.
   *
   * @param lessons the lessons that parsed, in order
   * @param errors one error per malformed file
   */
  public record Reading(List<Lesson> lessons, List<LessonFormatError> errors) {
    /** The curriculum, when no file was malformed. */
    public Curriculum curriculum() {
      if (!errors.isEmpty()) {
        throw new IllegalStateException("malformed lessons: " + errors.get(0).getMessage());
      }
      return new Curriculum(lessons);
    }
  }

  /**
   * Reads the bundled lessons and, when {@code extra} is given, the lessons in that directory.
   *
   * @throws InputError when {@code extra} is not a readable directory of lessons
   */
  public static Reading read(Optional<Path> extra) {
    List<Lesson> lessons = new ArrayList<>();
    List<LessonFormatError> errors = new ArrayList<>();
    for (String name : bundledNames()) {
      parseInto(BUNDLED_SOURCE + name, name, bundledText(name), lessons, errors);
    }
    if (extra.isPresent()) {
      Map<String, String> theirIds = new HashMap<>();
      for (Path file : lessonFiles(extra.get())) {
        String name = file.getFileName().toString();
        List<Lesson> theirs = new ArrayList<>();
        parseInto(file.toString(), name, read(file), theirs, errors);
        for (Lesson lesson : theirs) {
          String other = theirIds.putIfAbsent(lesson.id(), lesson.source());
          if (other != null) {
            errors.add(new LessonFormatError(lesson.source(), 1, "the lesson id '" + lesson.id()
                + "' (from the file name) is also the id of " + other
                + "; rename one of the two files"));
            continue;
          }
          int same = indexOf(lessons, lesson.id());
          if (same >= 0) {
            lessons.set(same, lesson);
          } else {
            lessons.add(lesson);
          }
        }
      }
    }
    return new Reading(lessons, errors);
  }

  /**
   * The lessons' ids and titles for a listing, without their content: from the catalogue the
   * build wrote when there is no {@code extra} directory, so that no Markdown is parsed; else a
   * full {@link #read}, which also reports malformed files.
   */
  public static Reading outline(Optional<Path> extra) {
    if (extra.isEmpty()) {
      Optional<List<Lesson>> bundled = LessonCatalogue.bundled();
      if (bundled.isPresent()) {
        return new Reading(bundled.get(), List.of());
      }
    }
    return read(extra);
  }

  /** Every lesson in order. */
  public List<Lesson> lessons() {
    return lessons;
  }

  /** The 1-based position of {@code lesson}. */
  public int numberOf(Lesson lesson) {
    return indexOf(lessons, lesson.id()) + 1;
  }

  /** The lesson named by its id or its number, if there is one. */
  public Optional<Lesson> find(String idOrNumber) {
    String wanted = idOrNumber.strip().toLowerCase(Locale.ROOT);
    if (wanted.matches("[0-9]{1,4}")) {
      int number = Integer.parseInt(wanted);
      return number >= 1 && number <= lessons.size()
          ? Optional.of(lessons.get(number - 1)) : Optional.empty();
    }
    return lessons.stream().filter(l -> l.id().equals(wanted)).findFirst();
  }

  /** How many of these lessons are in {@code done}. */
  public int countDone(Set<String> done) {
    return (int) lessons.stream().filter(l -> done.contains(l.id())).count();
  }

  /** The first lesson not in {@code done}, if any is left. */
  public Optional<Lesson> next(Set<String> done) {
    return lessons.stream().filter(l -> !done.contains(l.id())).findFirst();
  }

  private static void parseInto(String source, String name, String text, List<Lesson> lessons,
      List<LessonFormatError> errors) {
    try {
      Lesson lesson = LessonParser.parse(source, name, text);
      if (indexOf(lessons, lesson.id()) >= 0) {
        errors.add(new LessonFormatError(source, 1, "another lesson already has the id '"
            + lesson.id() + "'"));
      } else {
        lessons.add(lesson);
      }
    } catch (LessonFormatError error) {
      errors.add(error);
    }
  }

  private static int indexOf(List<Lesson> lessons, String id) {
    for (int i = 0; i < lessons.size(); i++) {
      if (lessons.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static List<Path> lessonFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputError("--lessons " + dir + ": no such directory");
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> lessons = files
          .filter(f -> f.getFileName().toString().endsWith(".md"))
          .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
          .filter(Files::isRegularFile).sorted().toList();
      if (lessons.isEmpty()) {
        throw new InputError("--lessons " + dir + ": holds no lesson files (*.md)");
      }
      return lessons;
    } catch (IOException ex) {
      throw new InputError("--lessons " + dir + ": cannot list it (" + ex + ")");
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new InputError(file + ": cannot read it as UTF-8 text (" + ex + ")");
    }
  }

  /** The bundled lesson file names, in order, from the resource index. */
  static List<String> bundledNames() {
    return bundledText("index.txt").lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  private static String bundledText(String name) {
    try (InputStream in = Curriculum.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled lesson resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
