package org.bglab.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions of a quiz: the bundled ones (resources of this module, listed in
 * {@code questions/index.txt}) followed by those of any instructor directories, each file
 * read and validated. Ids must be unique across all of them.
 */
public final class QuestionBank {

  /** The largest question file read, checked before reading: a file holds a few questions. */
  public static final long MAX_FILE_BYTES = 1_000_000;


  private static final String BUNDLED = "/org/bglab/quiz/questions/";

  private final List<Question> questions;

  private QuestionBank(List<Question> questions) {
    this.questions = List.copyOf(questions);
  }

  /** A bank of exactly these questions. */
  public static QuestionBank of(List<Question> questions) {
    return new QuestionBank(questions);
  }

  /**
   * The bundled questions, then those of every {@code *.yaml} or {@code *.yml} file directly in
   * each of {@code directories}, in file-name order.
   *
   * @throws InvalidQuestionException listing every problem of every file, each with its line
   */
  public static QuestionBank load(List<Path> directories) throws InvalidQuestionException {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    bundledTexts(texts);
    for (Path directory : directories) {
      directoryTexts(directory, texts, problems);
    }
    List<Question> questions = new ArrayList<>();
    Map<String, Question> byId = new HashMap<>();
    for (Map.Entry<String, String> file : texts.entrySet()) {
      try {
        Question question = QuestionReader.read(file.getKey(), file.getValue());
        Question earlier = byId.putIfAbsent(question.id(), question);
        if (earlier != null) {
          problems.add(new Problem(file.getKey(), 1, "id '" + question.id()
              + "' is already used by " + earlier.source()));
        } else {
          questions.add(question);
        }
      } catch (InvalidQuestionException ex) {
        problems.addAll(ex.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidQuestionException(problems);
    }
    return new QuestionBank(questions);
  }

  private static void bundledTexts(Map<String, String> texts) {
    for (String line : resource("index.txt").split("\\R")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        texts.put("bundled:" + name, resource(name));
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = QuestionBank.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled question file missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void directoryTexts(
      Path directory, Map<String, String> texts, List<Problem> problems) {
    if (!Files.isDirectory(directory)) {
      problems.add(new Problem(directory.toString(), 0, "not a directory of question files"));
      return;
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.{yaml,yml}")) {
      entries.forEach(files::add);
    } catch (IOException ex) {
      problems.add(new Problem(directory.toString(), 0, "cannot list: " + ex.getMessage()));
      return;
    }
    files.sort(null);
    if (files.isEmpty()) {
      problems.add(new Problem(directory.toString(), 0, "holds no *.yaml question files"));
    }
    for (Path file : files) {
      try {
        if (Files.size(file) > MAX_FILE_BYTES) {
          problems.add(new Problem(file.toString(), 0, "is " + Files.size(file) + " bytes, more"
              + " than the " + MAX_FILE_BYTES + " a question file may hold; split it"));
          continue;
        }
        texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException ex) {
        problems.add(new Problem(file.toString(), 0, "cannot read: " + ex.getMessage()));
      }
    }
  }

  /** The questions, bundled first. */
  public List<Question> questions() {
    return questions;
  }

  /** The number of questions. */
  public int size() {
    return questions.size();
  }
}
