package org.bglab.lesson;

import java.util.List;

/**
 * The rules every lesson keeps beyond well-formed directives: objectives first (as a list),
 * summary last, and at least one experiment, one question and one hint.
 */
final class LessonRules {

  private LessonRules() {}

  static void check(Lesson lesson, int titleLine) throws LessonFormatError {
    String source = lesson.source();
    List<Section> sections = lesson.sections();
    if (sections.isEmpty()) {
      throw new LessonFormatError(source, titleLine,
          "a lesson needs sections: '## Objectives' first and '## Summary' last");
    }
    Section first = sections.get(0);
    if (!first.heading().equalsIgnoreCase("Objectives")) {
      throw new LessonFormatError(source, first.line(),
          "the first section must be '## Objectives', found '## " + first.heading() + "'");
    }
    if (first.blocks().stream().noneMatch(LessonParser::isList)) {
      throw new LessonFormatError(source, first.line(),
          "'## Objectives' lists what the student will be able to do, as a '- ...' list");
    }
    Section last = sections.get(sections.size() - 1);
    if (sections.size() < 2 || !last.heading().equalsIgnoreCase("Summary")) {
      throw new LessonFormatError(source, last.line(),
          "the last section must be '## Summary', found '## " + last.heading() + "'");
    }
    if (last.blocks().isEmpty()) {
      throw new LessonFormatError(source, last.line(), "'## Summary' is empty");
    }
    require(lesson.experiments().isEmpty(), source, titleLine, "'bglab run' experiment");
    require(lesson.questions().isEmpty(), source, titleLine, "'question' block");
    boolean noHint = sections.stream().allMatch(s -> s.hints().isEmpty());
    require(noHint, source, titleLine, "'hint' block");
  }

  private static void require(boolean missing, String source, int line, String what)
      throws LessonFormatError {
    if (missing) {
      throw new LessonFormatError(source, line, "the lesson has no " + what
          + "; every lesson needs at least one");
    }
  }
}
