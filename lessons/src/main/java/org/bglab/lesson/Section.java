package org.bglab.lesson;

import java.util.List;

/**
 * A {@code ##} section of a lesson: the runner shows one section at a time.
 *
 * @param heading the section's heading text
 * @param line the 1-based line of the heading in the lesson file
 * @param blocks the section's content in order
 */
public record Section(String heading, int line, List<LessonBlock> blocks) {

  /** A section with an immutable copy of its blocks. */
  public Section {
    blocks = List.copyOf(blocks);
  }

  /** The hints of this section, in order. */
  public List<LessonBlock.Hint> hints() {
    return blocks.stream().filter(LessonBlock.Hint.class::isInstance)
        .map(LessonBlock.Hint.class::cast).toList();
  }
}
