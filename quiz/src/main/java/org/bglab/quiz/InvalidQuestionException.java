package org.bglab.quiz;

import java.util.List;

/** Question files that cannot be used, with every problem found in them. */
public final class InvalidQuestionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** The problems, at least one, in the order found. */
  public InvalidQuestionException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid question" : problems.get(0).render());
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
