package org.bglab.classroom;

/**
 * A request parameter the classroom server cannot use: answered with status 400 and the JSON
 * {@code {"error": ..., "field": ..., "accepts": ...}}, never with a stack trace.
 */
final class BadParameter extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String accepts;

  /**
   * @param field the parameter's name, as the page sends it
   * @param accepts what the parameter accepts, in words
   * @param error what was wrong with the value given
   */
  BadParameter(String field, String accepts, String error) {
    super(error);
    this.field = field;
    this.accepts = accepts;
  }

  /** The parameter's name. */
  String field() {
    return field;
  }

  /** What the parameter accepts. */
  String accepts() {
    return accepts;
  }
}
