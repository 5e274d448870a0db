package org.bglab.lesson.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Where a lesson's answers come from: typed at a terminal, read line by line from a pipe, or
 * given up front with {@code --answers}. Every source ends: at end of input, or when the
 * scripted answers run out, {@link #next} returns empty and the lesson stops cleanly.
 */
public interface Answers {

  /** Prints {@code prompt} and returns the next answer, or empty when there are no more. */
  Optional<String> next(String prompt);

  /** Whether the student is at a terminal (so sections may wait for Enter). */
  boolean interactive();

  /** Answers typed at a terminal; the terminal echoes them itself. */
  static Answers typed(BufferedReader in, PrintWriter out) {
    return new Lines(in, out, true);
  }

  /** Answers read line by line from input that is not a terminal; each is echoed. */
  static Answers piped(BufferedReader in, PrintWriter out) {
    return new Lines(in, out, false);
  }

  /** The answers given up front, used in order; each is echoed. */
  static Answers scripted(List<String> answers, PrintWriter out) {
    return new Scripted(new ArrayDeque<>(answers), out);
  }

  /** Answers read from lines of input. */
  final class Lines implements Answers {
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean terminal;

    Lines(BufferedReader in, PrintWriter out, boolean terminal) {
      this.in = in;
      this.out = out;
      this.terminal = terminal;
    }

    @Override
    public Optional<String> next(String prompt) {
      out.print(prompt);
      out.flush();
      try {
        String line = in.readLine();
        if (line == null) {
          out.println();
          return Optional.empty();
        }
        if (!terminal) {
          out.println(line);
        }
        return Optional.of(line);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    @Override
    public boolean interactive() {
      return terminal;
    }
  }

  /** Answers given as a list. */
  final class Scripted implements Answers {
    private final Deque<String> answers;
    private final PrintWriter out;

    Scripted(Deque<String> answers, PrintWriter out) {
      this.answers = answers;
      this.out = out;
    }

    @Override
    public Optional<String> next(String prompt) {
      String answer = answers.pollFirst();
      out.println(prompt + (answer == null ? "" : answer));
      return Optional.ofNullable(answer);
    }

    @Override
    public boolean interactive() {
      return false;
    }

    /** How many answers were not used. */
    public int left() {
      return answers.size();
    }
  }
}
