package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bglab.simulator.input.InputError;
import org.junit.jupiter.api.Test;

class AnswerSheetTest {

  private static Question question(String id, String... letters) {
    List<Choice> choices = java.util.Arrays.stream(letters)
        .map(l -> new Choice(l, "text " + l, "why " + l)).toList();
    return new Question(id, id, new MultipleChoice("prompt", "", choices, letters[0]),
        List.of("m"), new OutputCheck("c", java.util.Map.of()), "test");
  }

  private final List<Question> questions =
      List.of(question("one", "A", "B"), question("two", "A", "B", "C"));

  @Test
  void readsOneLetterPerQuestionInAnyCase() {
    assertEquals(List.of("B", "C"), AnswerSheet.parse(" b , C", questions).letters());
  }

  @Test
  void rejectsTheWrongNumberOfAnswers() {
    InputError ex = assertThrows(InputError.class,
        () -> AnswerSheet.parse("A,B,C", questions));
    assertEquals("expected 2 answers separated by commas (one per question), got 3",
        ex.getMessage());
  }

  @Test
  void rejectsALetterThatIsNoOptionOfItsQuestion() {
    InputError ex = assertThrows(InputError.class,
        () -> AnswerSheet.parse("C,A", questions));
    assertEquals("answer 1 'C' is not an option of question 1 (one): use one of A, B",
        ex.getMessage());
    assertThrows(InputError.class, () -> AnswerSheet.parse("A,", questions));
  }
}
