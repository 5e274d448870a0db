package org.bglab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bglab.quiz.CheckResult;
import org.bglab.quiz.Choice;
import org.bglab.quiz.OptionResult;
import org.bglab.quiz.Question;
import org.jsoup.nodes.Element;

/**
 * The quiz in the report: every question with its options, what each option did when the
 * question's check ran, the common mistakes, and the check's verdict in words.
 */
final class QuizSection {

  private QuizSection() {}

  static void render(Element section, List<CheckResult> results) {
    section.appendElement("p").text("Each question's check runs every option: kubectl commands"
        + " in bglab's simulated cluster, code in JShell in a JVM of its own (never in bglab's),"
        + " as bglab quiz --check does. A check holds when the key, and no other option, meets"
        + " the question's condition.");
    int number = 0;
    for (CheckResult result : results) {
      number++;
      question(section, number, result);
    }
  }

  private static void question(Element section, int number, CheckResult result) {
    Question question = result.question();
    Element article = section.appendElement("article").addClass("question")
        .attr("id", "question-" + question.id());
    article.appendElement("h3").text("Question " + number + ": " + question.title());
    article.appendElement("p").text(question.prompt());
    if (!question.code().isBlank()) {
      article.appendElement("pre").appendElement("code").text(question.code());
    }
    Map<String, OptionResult> did = new LinkedHashMap<>();
    result.options().forEach(option -> did.put(option.letter(), option));
    List<List<String>> rows = new ArrayList<>();
    for (Choice choice : question.choices()) {
      OptionResult option = did.get(choice.letter());
      boolean key = choice.letter().equals(question.key());
      rows.add(List.of(choice.letter() + (key ? " ✔ key" : ""), choice.text(),
          option == null ? "not run" : option.meetsCondition() ? "yes" : "no",
          option == null ? "–" : option.evidence(), choice.explanation()));
    }
    HtmlTable.add(article,
        "What each option did when the check of \"" + question.title() + "\" ran",
        List.of("option", "answer", "meets the condition", "what it did", "why"), rows);
    if (!result.observation().isEmpty()) {
      article.appendElement("p").text(result.observation() + ".");
    }
    if (!question.mistakes().isEmpty()) {
      article.appendElement("p").text("Common mistakes:");
      Element list = article.appendElement("ul");
      question.mistakes().forEach(mistake -> list.appendElement("li").text(mistake));
    }
    Element verdict = article.appendElement("p").addClass("verdict")
        .addClass(result.passed() ? "passed" : "failed");
    verdict.appendElement("strong").text(result.passed() ? "✔ Check passed" : "✘ Check failed");
    verdict.appendText(result.passed()
        ? ": the key " + question.key() + ", and no other option, meets the condition."
        : ": " + result.evidence());
  }
}
