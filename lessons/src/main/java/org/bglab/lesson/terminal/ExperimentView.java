package org.bglab.lesson.terminal;

import java.io.PrintWriter;
import java.util.List;
import org.bglab.lesson.CommandText;
import org.bglab.lesson.Commands;
import org.bglab.lesson.LessonBlock;

/** Runs a lesson's experiments and charts for real and shows what they printed. */
final class ExperimentView {

  private static final String GUTTER = "  │ ";
  /** Where a line of output too wide for the terminal goes on. */
  private static final String CONTINUED = "  ┆   ";

  private final Commands commands;
  private final PrintWriter out;
  private final Palette palette;
  private final int width;

  ExperimentView(Commands commands, PrintWriter out, Palette palette, int width) {
    this.commands = commands;
    this.out = out;
    this.palette = palette;
    this.width = width;
  }

  /** Runs every line of {@code experiment}, showing each command and its output. */
  void show(LessonBlock.Experiment experiment) {
    for (CommandText line : experiment.lines()) {
      TextWrap.command(line.typed(), width, "  $ ", "      ").forEach(piece -> out.println(
          palette.bold(piece.substring(0, 4)) + palette.code(piece.substring(4))));
      Commands.Outcome outcome = commands.run(line.args());
      printOutput(experiment.shown(outcome.out()));
      printOutput(outcome.err());
      if (!experiment.parts().isEmpty()) {
        TextWrap.wrap("(" + String.join(", ", experiment.parts()) + " shown; the full report: "
            + line.typed() + ")", width, "  ", "  ").forEach(l -> out.println(palette.dim(l)));
      }
      if (outcome.exitCode() != experiment.expectedExit()) {
        TextWrap.wrap(palette.bad("This run ended with exit code " + outcome.exitCode()
            + " where the lesson expects " + experiment.expectedExit() + ";")
            + " the lines above say why. The lesson goes on.", width, "  ", "  ")
            .forEach(out::println);
      }
      out.flush();
    }
  }

  /** Runs the chart's data command and draws the chart from its CSV. */
  void show(LessonBlock.Chart chart) {
    Commands.Outcome outcome = commands.run(chart.data().args());
    if (outcome.exitCode() != 0) {
      out.println(palette.bad("  The chart could not be drawn: " + chart.data().typed()
          + " ended with exit code " + outcome.exitCode() + "."));
      printOutput(outcome.err());
      return;
    }
    try {
      List<String> lines = TerminalChart.render(chart, outcome.out(), width - 2, palette);
      lines.forEach(line -> out.println(line.isEmpty() ? "" : "  " + line));
    } catch (IllegalArgumentException ex) {
      out.println(palette.bad("  The chart could not be drawn: " + ex.getMessage()));
    }
    out.flush();
  }

  private void printOutput(String text) {
    if (text.isEmpty()) {
      return;
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    for (String line : body.split("\n", -1)) {
      TextWrap.fold(line, width, palette.dim(GUTTER), palette.dim(CONTINUED))
          .forEach(piece -> out.println(piece.stripTrailing()));
    }
  }
}
