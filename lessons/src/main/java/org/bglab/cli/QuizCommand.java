package org.bglab.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bglab.lesson.terminal.Answers;
import org.bglab.lesson.terminal.TerminalWidth;
import org.bglab.quiz.AnswerSheet;
import org.bglab.quiz.CheckResult;
import org.bglab.quiz.InvalidQuestionException;
import org.bglab.quiz.KeyChecker;
import org.bglab.quiz.Problem;
import org.bglab.quiz.Question;
import org.bglab.quiz.QuestionBank;
import org.bglab.quiz.ScenarioTrials;
import org.bglab.simulator.input.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bglab quiz}: the practice questions, asked one at a time or answered in one go, and the
 * checks that prove every answer key by running each option.
 */
@Command(
    name = "quiz",
    mixinStandardHelpOptions = true,
    description = {
      "Practice questions on blue-green deployment, one at a time, with feedback after each"
          + " answer and a score at the end. Answers are read from the terminal or from piped"
          + " input, one letter per line.",
      "",
      "Every question carries a check that runs each of its options (kubectl commands in a"
          + " simulated cluster, or the code shown, in JShell in a JVM of its own): --check"
          + " proves the answer keys. Code from a bank is Java that runs on this machine.",
      "",
      "Exit codes: 0 every answer right (or every check held, or every file valid), 1 some"
          + " wrong (or some check failed), 2 bad input or a malformed question file."
    })
public final class QuizCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--answers", paramLabel = "LETTERS",
      description = "Answer every question at once, in order, e.g. B,D,A,A,C.")
  String answers;

  @Option(names = "--check",
      description = "Run every question's check: prints ID key=X PASS|FAIL and what each option"
          + " did.")
  boolean check;

  @Option(names = "--validate",
      description = "Check the question files only; problems are printed as file:line: message.")
  boolean validate;

  @Option(names = "--bank", paramLabel = "DIR",
      description = "Add the questions of every *.yaml file in DIR (repeatable); the format is"
          + " described in quiz/QUESTIONS.md.")
  List<Path> banks = new ArrayList<>();


  @Override
  public Integer call() {
    int modes = (answers != null ? 1 : 0) + (check ? 1 : 0) + (validate ? 1 : 0);
    if (modes > 1) {
      throw new InputError("--answers, --check and --validate cannot be combined; choose one");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    QuestionBank bank;
    try {
      bank = QuestionBank.load(banks);
    } catch (InvalidQuestionException ex) {
      report(ex.problems(), err);
      return ExitCodes.INPUT;
    }
    if (validate) {
      return validate(bank, out, err);
    }
    if (check) {
      return check(bank, out);
    }
    QuizSession session = new QuizSession(bank.questions(), out, checkCommand(),
        TerminalWidth.columns());
    if (answers != null) {
      AnswerSheet sheet;
      try {
        sheet = AnswerSheet.parse(answers, bank.questions());
      } catch (InputError ex) {
        throw new InputError("--answers: " + ex.getMessage());
      }
      return session.scripted(sheet);
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return session.interactive(
        Terminal.isInteractive() ? Answers.typed(in, out) : Answers.piped(in, out));
  }

  private static int validate(QuestionBank bank, PrintWriter out, PrintWriter err) {
    List<Problem> problems = ScenarioTrials.validate(bank.questions());
    if (!problems.isEmpty()) {
      report(problems, err);
      return ExitCodes.INPUT;
    }
    out.println(bank.size() + (bank.size() == 1 ? " question" : " questions") + " valid");
    out.flush();
    return ExitCodes.OK;
  }

  private static int check(QuestionBank bank, PrintWriter out) {
    int passed = 0;
    for (Question question : bank.questions()) {
      CheckResult result;
      try {
        result = KeyChecker.check(question);
      } catch (RuntimeException ex) {
        result = CheckResult.failed(question, "the check stopped: " + ex.getMessage());
      }
      String verdict = result.passed()
          ? Terminal.ansi().string("@|green PASS|@") : Terminal.ansi().string("@|red FAIL|@");
      out.println(result.question().id() + " key=" + result.question().key() + " " + verdict
          + "  " + result.evidence());
      out.flush();
      passed += result.passed() ? 1 : 0;
    }
    int failed = bank.size() - passed;
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** The command that checks this quiz's questions, with the same banks. */
  private String checkCommand() {
    StringBuilder command = new StringBuilder("./bglab quiz --check");
    for (Path directory : banks) {
      String shown = directory.toString();
      command.append(" --bank ").append(shown.matches("[A-Za-z0-9_./~:@%+=,-]+") ? shown
          : "'" + shown.replace("'", "'\\''") + "'");
    }
    return command.toString();
  }

  private static void report(List<Problem> problems, PrintWriter err) {
    problems.forEach(p -> err.println(p.render()));
    err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + " in question files; the format is described in quiz/QUESTIONS.md");
    err.flush();
  }
}
