package org.bglab.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Set;
import org.bglab.output.JsonOutput;
import org.bglab.quiz.CheckResult;
import org.bglab.quiz.Choice;
import org.bglab.quiz.KeyChecker;
import org.bglab.quiz.OptionResult;
import org.bglab.quiz.Question;
import org.bglab.quiz.QuestionBank;

/**
 * The Quiz view: the bundled questions and any {@code --bank}, with the explanation of every
 * option, and "show the proof", which runs the question's check with the quiz module's
 * {@link KeyChecker}: kubectl lines in a simulated cluster, or the code shown in a JVM of its
 * own (never in the server's), as {@code bglab quiz --check} does.
 */
final class QuizView {

  private QuizView() {}

  /** Answers {@code /api/quiz}: every question with its options, key and explanations. */
  static void questions(HttpExchange exchange, QuestionBank bank) throws IOException {
    Query.of(exchange.getRequestURI()).only(Set.of());
    ObjectNode body = JsonOutput.object();
    ArrayNode questions = body.putArray("questions");
    for (Question question : bank.questions()) {
      ObjectNode node = questions.addObject();
      node.put("id", question.id());
      node.put("title", question.title());
      node.put("prompt", question.prompt());
      node.put("code", question.code());
      node.put("key", question.key());
      node.put("source", question.source());
      ArrayNode choices = node.putArray("choices");
      for (Choice choice : question.choices()) {
        ObjectNode option = choices.addObject();
        option.put("letter", choice.letter());
        option.put("text", choice.text());
        option.put("explanation", choice.explanation());
      }
    }
    Replies.json(exchange, 200, body);
  }

  /** Answers {@code /api/proof?id=ID}: what every option did when the check ran it. */
  static void proof(HttpExchange exchange, RunSlots slots, QuestionBank bank) throws IOException {
    Query query = Query.of(exchange.getRequestURI()).only(Set.of("id"));
    String id = query.choice("id", "", bank.questions().stream().map(Question::id).toList());
    Question question = bank.questions().stream().filter(q -> q.id().equals(id)).findFirst()
        .orElseThrow(() -> new BadParameter("id", "the id of a question", "no id given"));
    CheckResult result = CommandRun.await(slots.start(() -> KeyChecker.check(question)));
    ObjectNode body = JsonOutput.object();
    body.put("id", question.id());
    body.put("key", question.key());
    body.put("passed", result.passed());
    body.put("observation", result.observation());
    body.put("error", result.error());
    body.put("evidence", result.evidence());
    ArrayNode options = body.putArray("options");
    for (OptionResult option : result.options()) {
      ObjectNode node = options.addObject();
      node.put("letter", option.letter());
      node.put("meetsCondition", option.meetsCondition());
      node.put("evidence", option.evidence());
    }
    Replies.json(exchange, 200, body);
  }
}
