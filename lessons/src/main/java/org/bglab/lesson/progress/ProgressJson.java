package org.bglab.lesson.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link Progress} as the JSON of {@code progress.json}, read and written with the streaming
 * parser alone: the file is small and its shape fixed, and a lesson listing should not pay for
 * starting a data-binding mapper. Anything that is not a progress object of this shape is
 * refused with a reason a student can read (no Java names, no parser internals).
 */
final class ProgressJson {

  private static final JsonFactory JSON = new JsonFactory();

  private ProgressJson() {}

  /** The file's bytes, indented. */
  static byte[] write(Progress progress) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(bytes).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeNumberField("format", progress.format());
      json.writeObjectFieldStart("lessons");
      for (Map.Entry<String, LessonRecord> lesson : progress.lessons().entrySet()) {
        LessonRecord record = lesson.getValue();
        json.writeObjectFieldStart(lesson.getKey());
        json.writeStringField("status", record.status().word());
        json.writeStringField("started", record.started());
        if (record.completed() != null) {
          json.writeStringField("completed", record.completed());
        }
        if (record.resumeSection() != null) {
          json.writeNumberField("resumeSection", record.resumeSection());
        }
        json.writeObjectFieldStart("questions");
        for (Map.Entry<String, QuestionRecord> question : record.questions().entrySet()) {
          json.writeObjectFieldStart(question.getKey());
          json.writeNumberField("attempts", question.getValue().attempts());
          json.writeBooleanField("right", question.getValue().right());
          json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return bytes.toByteArray();
  }

  /**
   * The progress in {@code bytes}.
   *
   * @throws IllegalArgumentException saying what is wrong and where
   */
  static Progress read(byte[] bytes) {
    try (JsonParser json = JSON.createParser(bytes)) {
      Progress progress = progress(json);
      if (json.nextToken() != null) {
        throw problem(json, "something follows the progress object");
      }
      return progress;
    } catch (JsonProcessingException ex) {
      String message = ex.getOriginalMessage() == null ? "not JSON" : ex.getOriginalMessage();
      String first = message.lines().findFirst().orElse(message).replaceAll(" \\(.*", "");
      throw new IllegalArgumentException("not valid JSON: " + first + where(ex.getLocation()
          == null ? 0 : ex.getLocation().getLineNr()), ex);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static Progress progress(JsonParser json) throws IOException {
    expectObject(json, json.nextToken(), "the file");
    Integer format = null;
    Map<String, LessonRecord> lessons = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      switch (field) {
        case "format" -> format = integer(json, value, "format");
        case "lessons" -> lessons = lessons(json, value);
        default -> throw problem(json, "unknown field '" + field + "'");
      }
    }
    if (format == null) {
      throw problem(json, "the file has no 'format'");
    }
    if (format != Progress.FORMAT) {
      throw problem(json, "format " + format + " is not the format " + Progress.FORMAT
          + " this bglab understands");
    }
    if (lessons == null) {
      throw problem(json, "the file needs a 'lessons' object");
    }
    return new Progress(format, lessons);
  }

  private static Map<String, LessonRecord> lessons(JsonParser json, JsonToken start)
      throws IOException {
    expectObject(json, start, "'lessons'");
    Map<String, LessonRecord> lessons = new LinkedHashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String id = json.currentName();
      lessons.put(id, lesson(json, json.nextToken(), id));
    }
    return lessons;
  }

  private static LessonRecord lesson(JsonParser json, JsonToken start, String id)
      throws IOException {
    expectObject(json, start, "lesson '" + id + "'");
    LessonStatus status = null;
    String started = null;
    String completed = null;
    Integer resume = null;
    Map<String, QuestionRecord> questions = Map.of();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      switch (field) {
        case "status" -> {
          String word = text(json, value, "status");
          status = LessonStatus.of(word).orElseThrow(() -> problem(json, "lesson '" + id
              + "' has the status '" + word + "'; expected started or done"));
        }
        case "started" -> started = text(json, value, "started");
        case "completed" -> completed = text(json, value, "completed");
        case "resumeSection" -> resume = integer(json, value, "resumeSection");
        case "questions" -> questions = questions(json, value, id);
        default -> throw problem(json, "unknown field '" + field + "' in lesson '" + id + "'");
      }
    }
    if (status == null) {
      throw problem(json, "lesson '" + id + "' has no status");
    }
    return new LessonRecord(status, started, completed, questions, resume);
  }

  private static Map<String, QuestionRecord> questions(JsonParser json, JsonToken start,
      String id) throws IOException {
    expectObject(json, start, "the questions of lesson '" + id + "'");
    Map<String, QuestionRecord> questions = new LinkedHashMap<>();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String number = json.currentName();
      expectObject(json, json.nextToken(), "question " + number + " of lesson '" + id + "'");
      Integer attempts = null;
      Boolean right = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        switch (field) {
          case "attempts" -> attempts = integer(json, value, "attempts");
          case "right" -> {
            if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
              throw problem(json, "'right' must be true or false");
            }
            right = value == JsonToken.VALUE_TRUE;
          }
          default -> throw problem(json, "unknown field '" + field + "' in question " + number);
        }
      }
      if (attempts == null || right == null) {
        throw problem(json, "question " + number + " of lesson '" + id
            + "' needs 'attempts' and 'right'");
      }
      questions.put(number, new QuestionRecord(attempts, right));
    }
    return questions;
  }

  private static void expectObject(JsonParser json, JsonToken token, String what) {
    if (token != JsonToken.START_OBJECT) {
      throw problem(json, what + " must be a JSON object, not " + describe(token));
    }
  }

  private static int integer(JsonParser json, JsonToken token, String field) throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT
        || json.getNumberType() != JsonParser.NumberType.INT) {
      throw problem(json, "'" + field + "' must be a whole number, not " + describe(token));
    }
    return json.getIntValue();
  }

  private static String text(JsonParser json, JsonToken token, String field) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw problem(json, "'" + field + "' must be text, not " + describe(token));
    }
    return json.getText();
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_NULL -> "null";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      default -> "an object";
    };
  }

  private static IllegalArgumentException problem(JsonParser json, String message) {
    return new IllegalArgumentException(message + where(json.currentLocation().getLineNr()));
  }

  private static String where(int line) {
    return line > 0 ? ", at line " + line : "";
  }
}
