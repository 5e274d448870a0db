package org.bglab.lesson;

import java.util.List;

/**
 * One lesson: its id (from the file name), its title (the {@code #} heading), where it came from
 * and its sections in order. The first section is the objectives, the last the summary.
 *
 * @param id short name used on the command line and in the progress file
 * @param title the lesson's heading
 * @param source the file it was read from, as shown in messages
 * @param intro Markdown blocks between the title and the first section
 * @param sections the {@code ##} sections in order
 */
public record Lesson(
    String id, String title, String source, List<LessonBlock> intro, List<Section> sections) {

  /** A lesson with immutable copies of its parts. */
  public Lesson {
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
  }

  /**
   * A lesson known by its id and title only, for listings: it has no sections to take. Use
   * {@link Curriculum#read} for lessons to run.
   */
  public static Lesson outline(String id, String title, String source) {
    return new Lesson(id, title, source, List.of(), List.of());
  }

  /** Every question of the lesson, in order. */
  public List<LessonBlock.Question> questions() {
    return blocks(LessonBlock.Question.class);
  }

  /** Every live experiment of the lesson, in order. */
  public List<LessonBlock.Experiment> experiments() {
    return blocks(LessonBlock.Experiment.class);
  }

  /** Every terminal chart of the lesson, in order. */
  public List<LessonBlock.Chart> charts() {
    return blocks(LessonBlock.Chart.class);
  }

  /** Every command line the lesson names: experiments, chart data and full-chart commands. */
  public List<CommandText> commandLines() {
    return sections.stream().flatMap(s -> s.blocks().stream())
        .flatMap(block -> block.commands().stream()).toList();
  }

  private <T extends LessonBlock> List<T> blocks(Class<T> kind) {
    return sections.stream().flatMap(s -> s.blocks().stream())
        .filter(kind::isInstance).map(kind::cast).toList();
  }
}
