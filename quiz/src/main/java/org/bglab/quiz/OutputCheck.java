package org.bglab.quiz;

import java.util.Map;

/**
 * The check of a code-reading question: the question's code, exactly as shown to the student, is
 * run with JShell in a JVM of its own ({@link SnippetRunner}), and an option meets the condition
 * when it is what the code printed in a run that finished.
 *
 * @param condition the condition in words
 * @param outputs the output each option predicts, by letter (the option's text unless the file
 *     gives another)
 */
public record OutputCheck(String condition, Map<String, String> outputs) implements Check {

  /** Defensive copy. */
  public OutputCheck {
    outputs = Map.copyOf(outputs);
  }
}
