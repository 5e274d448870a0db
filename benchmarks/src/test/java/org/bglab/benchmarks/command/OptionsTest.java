package org.bglab.benchmarks.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

  private static final List<String> ALLOWED = List.of("--users", "--repeats");

  @Test
  void readsCountsInEveryWrittenForm() {
    Options options = Options.parse(new String[] {"--users", "1000,1_000,1e3, 2e6"}, ALLOWED);
    assertEquals(List.of(1000, 1000, 1000, 2_000_000), options.intList("--users", List.of()));
    assertEquals(5, options.positiveInt("--repeats", 5));
    assertEquals(List.of(7), Options.parse(new String[0], ALLOWED).intList("--users", List.of(7)));
  }

  @Test
  void rejectsBadInputWithTheOptionNamed() {
    assertEquals("unknown option '--user' (expected --users, --repeats)",
        assertThrows(CommandLineError.class,
            () -> Options.parse(new String[] {"--user", "3"}, ALLOWED)).getMessage());
    assertThrows(CommandLineError.class, () -> Options.parse(new String[] {"--repeats"}, ALLOWED));
    assertThrows(CommandLineError.class,
        () -> Options.parse(new String[] {"--repeats", "1", "--repeats", "2"}, ALLOWED));
    Options options = Options.parse(new String[] {"--users", "10,0"}, ALLOWED);
    assertThrows(CommandLineError.class, () -> options.intList("--users", List.of()));
    Options huge = Options.parse(new String[] {"--users", "1e12", "--repeats", "x"}, ALLOWED);
    assertThrows(CommandLineError.class, () -> huge.intList("--users", List.of()));
    assertThrows(CommandLineError.class, () -> huge.positiveInt("--repeats", 1));
  }
}
