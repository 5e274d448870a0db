package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bglab.lesson.Commands;
import org.bglab.lesson.Curriculum;
import org.bglab.lesson.Lesson;
import org.bglab.lesson.LessonBlock;
import org.bglab.lesson.terminal.Answers;
import org.bglab.lesson.terminal.LessonRunner;
import org.bglab.lesson.terminal.Palette;
import org.bglab.quiz.Question;
import org.bglab.quiz.QuestionBank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bundled lesson and the whole quiz, rendered at 60, 80 and 120 columns: no line is wider
 * than the terminal, so the terminal never breaks a word; a line wider than that is one word
 * too long for any line. This holds for the output of the lessons' experiments too.
 */
class TextWidthTest {

  /** Runs each command once, so that three widths cost one run of every experiment. */
  private static final Map<List<String>, Commands.Outcome> RUNS = new HashMap<>();

  private static final Commands COMMANDS = new Commands() {
    private final InProcessCommands real = new InProcessCommands();

    @Override
    public Outcome run(List<String> args) {
      synchronized (RUNS) {
        return RUNS.computeIfAbsent(List.copyOf(args), real::run);
      }
    }

    @Override
    public Optional<String> parseProblem(List<String> args) {
      return real.parseProblem(args);
    }
  };

  @ParameterizedTest
  @ValueSource(ints = {60, 80, 120})
  void everyLessonFitsTheWidth(int width) {
    for (Lesson lesson : Curriculum.read(Optional.empty()).curriculum().lessons()) {
      StringWriter text = new StringWriter();
      PrintWriter out = new PrintWriter(text, true);
      List<String> answers = new ArrayList<>();
      for (LessonBlock.Question question : lesson.questions()) {
        answers.add("h");
        question.choices().stream().filter(c -> !c.letter().equals(question.key()))
            .forEach(c -> answers.add(c.letter()));
        answers.add(question.key());
      }
      boolean finished = new LessonRunner(COMMANDS, Answers.scripted(answers, out), out,
          new Palette(true), width).run(lesson, 1, 7).finished();
      assertTrue(finished, lesson.id());
      assertFits(text.toString(), width, lesson.id());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80, 120})
  void theQuizFitsTheWidth(int width) throws Exception {
    List<Question> questions = QuestionBank.load(List.of()).questions();
    StringBuilder input = new StringBuilder();
    questions.forEach(q -> input.append(q.letters().stream().filter(l -> !l.equals(q.key()))
        .findFirst().orElseThrow()).append('\n'));
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text, true);
    QuizSession session = new QuizSession(questions, out, "./bglab quiz --check", width);
    assertEquals(ExitCodes.FAILED, session.interactive(
        Answers.piped(new BufferedReader(new StringReader(input.toString())), out)));
    assertFits(text.toString(), width, "quiz");
  }

  private static void assertFits(String text, int width, String what) {
    List<String> tooWide = new ArrayList<>();
    for (String line : text.split("\n")) {
      String plain = Palette.plain(line);
      String content = plain.strip().replaceFirst("^[│┆$] *", "");
      if (plain.length() > width && content.contains(" ")) {
        tooWide.add(plain.length() + ": " + plain);
      }
    }
    assertEquals(List.of(), tooWide, what + " at " + width + " columns");
  }
}
