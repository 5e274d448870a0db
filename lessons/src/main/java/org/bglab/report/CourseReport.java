package org.bglab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bglab.growth.GrowthChart;
import org.bglab.growth.GrowthRequest;
import org.bglab.growth.GrowthSweep;
import org.bglab.quiz.CheckResult;
import org.bglab.quiz.KeyChecker;
import org.bglab.quiz.Question;
import org.bglab.quiz.QuestionBank;
import org.bglab.simulator.lab.SweepMetric;
import org.bglab.simulator.lab.SweepProgress;

/**
 * What a course report holds, gathered by running bglab: the growth charts with their fits, the
 * comparison of every strategy with a healthy and with a faulty green, and every quiz question
 * with its check run. Everything here is simulated, so the same inputs give the same report.
 *
 * @param command the command that wrote the report, shown in it
 * @param growth one chart per metric of {@link #METRICS}
 * @param compare every strategy with the same inputs
 * @param faulty the same with a faulty green
 * @param quiz the check of every question, in quiz order
 * @param measured charts of measured wall time from a JMH file, empty unless asked for
 */
public record CourseReport(String command, List<GrowthChart> growth, CompareRun compare,
    CompareRun faulty, List<CheckResult> quiz, List<GrowthChart> measured) {

  /** The growth metrics a report charts, in its order. */
  public static final List<SweepMetric> METRICS = List.of(SweepMetric.OPERATIONS,
      SweepMetric.CALLS, SweepMetric.WRITES, SweepMetric.MEMORY, SweepMetric.TIME);
  /** The request rate of the comparisons, as in the README's examples. */
  public static final String COMPARE_RPS = "5000";
  /** The error rate of the faulty green, as in the README's examples. */
  public static final String FAULTY_ERROR_RATE = "0.3";

  /** Copies the lists. */
  public CourseReport {
    growth = List.copyOf(growth);
    quiz = List.copyOf(quiz);
    measured = List.copyOf(measured);
  }

  /**
   * Gathers a report.
   *
   * @param command the command line shown in the report
   * @param users the sizes of the growth sweep
   * @param compareUsers the users of the comparisons, as typed (such as {@code 1e6})
   * @param bank the questions to check; code questions run in a JVM of their own
   * @param measured charts of measured wall time to include, or none
   * @param bglab runs the comparisons' command lines
   */
  public static CourseReport gather(String command, List<Integer> users, String compareUsers,
      QuestionBank bank, List<GrowthChart> measured, BglabRun bglab) {
    List<GrowthChart> growth =
        GrowthSweep.of(GrowthRequest.defaults(METRICS).withUsers(users)).run(SweepProgress.NONE);
    List<String> compare = List.of("simulate", "--compare", "--users", compareUsers, "--rps",
        COMPARE_RPS);
    List<String> faulty = new ArrayList<>(compare);
    faulty.addAll(List.of("--green-error-rate", FAULTY_ERROR_RATE));
    return new CourseReport(command, growth, CompareRun.of(compare, bglab),
        CompareRun.of(faulty, bglab), check(bank.questions()), measured);
  }

  /** Runs every question's check; a check that stops is a failed check that says why. */
  static List<CheckResult> check(List<Question> questions) {
    List<CheckResult> results = new ArrayList<>();
    for (Question question : questions) {
      CheckResult result;
      try {
        result = KeyChecker.check(question);
      } catch (RuntimeException ex) {
        result = CheckResult.failed(question, "the check stopped: " + ex.getMessage());
      }
      results.add(result);
    }
    return List.copyOf(results);
  }

  /** The growth chart of {@code metric}. */
  public Optional<GrowthChart> chart(SweepMetric metric) {
    int index = METRICS.indexOf(metric);
    return index < 0 ? Optional.empty() : Optional.of(growth.get(index));
  }

  /** The ids of the questions whose check failed. */
  public List<String> failedChecks() {
    return quiz.stream().filter(r -> !r.passed()).map(r -> r.question().id()).toList();
  }
}
