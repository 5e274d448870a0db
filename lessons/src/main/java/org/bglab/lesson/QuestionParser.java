package org.bglab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bglab.quiz.Choice;
import org.bglab.quiz.MultipleChoice;

/**
 * Reads the body of a {@code question} block:
 *
 * <pre>
 * The prompt, one or more lines.
 * A) first option
 *    feedback: what picking it tells the student
 * B) second option
 *    feedback: ...
 * answer: B
 * </pre>
 *
 * <p>Indented lines continue the option or the feedback above them. The result is the same
 * {@link MultipleChoice} model as a quiz question's; each option's feedback is its explanation.
 */
final class QuestionParser {

  private static final Pattern OPTION = Pattern.compile("([A-Z])\\)\\s+(\\S.*)");
  private static final Pattern FEEDBACK = Pattern.compile("(?i)feedback:\\s*(.*)");
  private static final Pattern ANSWER = Pattern.compile("(?i)answer:\\s*(.*)");

  private QuestionParser() {}

  static LessonBlock.Question parse(BlockText body) throws LessonFormatError {
    List<String> prompt = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    List<StringBuilder> feedbacks = new ArrayList<>();
    List<Integer> optionLines = new ArrayList<>();
    char key = 0;
    StringBuilder current = null;
    for (int i = 0; i < body.lines().size(); i++) {
      String line = body.lines().get(i);
      String stripped = line.strip();
      Matcher option = OPTION.matcher(line);
      Matcher answer = ANSWER.matcher(line);
      if (key != 0) {
        if (!stripped.isEmpty()) {
          throw body.error(i, "nothing may follow the 'answer:' line");
        }
      } else if (option.matches()) {
        char expected = (char) ('A' + texts.size());
        if (option.group(1).charAt(0) != expected) {
          throw body.error(i, "option " + option.group(1) + ") is out of order; expected "
              + expected + ")");
        }
        current = new StringBuilder(option.group(2).strip());
        texts.add(current);
        feedbacks.add(null);
        optionLines.add(i);
      } else if (answer.matches()) {
        key = answerKey(body, i, answer.group(1).strip(), texts.size());
      } else if (texts.isEmpty()) {
        prompt.add(line);
      } else if (stripped.isEmpty()) {
        continue;
      } else if (!Character.isWhitespace(line.charAt(0))) {
        throw body.error(i, "expected an option 'X) text', an indented 'feedback:' line or"
            + " 'answer: X', found '" + stripped + "'");
      } else {
        Matcher feedback = FEEDBACK.matcher(stripped);
        int last = texts.size() - 1;
        if (feedback.matches()) {
          if (feedbacks.get(last) != null) {
            throw body.error(i, "option " + (char) ('A' + last) + ") already has feedback");
          }
          current = new StringBuilder(feedback.group(1).strip());
          feedbacks.set(last, current);
        } else {
          current.append(' ').append(stripped);
        }
      }
    }
    String promptText = String.join("\n", prompt).strip();
    if (promptText.isEmpty()) {
      throw body.errorAtFence("a question needs a prompt before its options");
    }
    if (texts.size() < 2) {
      throw body.errorAtFence("a question needs at least two options, 'A) ...' and 'B) ...'");
    }
    if (key == 0) {
      throw body.errorAtFence("a question needs an 'answer: X' line after its options");
    }
    List<Choice> choices = new ArrayList<>();
    for (int c = 0; c < texts.size(); c++) {
      if (feedbacks.get(c) == null || feedbacks.get(c).toString().isBlank()) {
        throw body.error(optionLines.get(c), "option " + (char) ('A' + c)
            + ") needs an indented 'feedback: ...' line saying why it is right or wrong");
      }
      choices.add(new Choice(String.valueOf((char) ('A' + c)), texts.get(c).toString(),
          feedbacks.get(c).toString()));
    }
    return new LessonBlock.Question(
        new MultipleChoice(promptText, "", choices, String.valueOf(key)), body.firstLine() - 1);
  }

  private static char answerKey(BlockText body, int index, String value, int options)
      throws LessonFormatError {
    if (options == 0) {
      throw body.error(index, "'answer:' comes before any option");
    }
    String letter = value.toUpperCase(Locale.ROOT);
    char last = (char) ('A' + options - 1);
    if (letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) > last) {
      throw body.error(index, "the answer must be one of the option letters A to " + last
          + ", found '" + value + "'");
    }
    return letter.charAt(0);
  }
}
