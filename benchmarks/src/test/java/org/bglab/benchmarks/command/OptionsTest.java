package org.bglab.benchmarks.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsTest {

  private static final List<String> ALLOWED = List.of("--users", "--out");

  @Test
  void readsCountsInEveryWrittenForm() {
    Options options = Options.parse(new String[] {"--users", "1000,1_000,1e3, 2e6"}, ALLOWED);
    assertEquals(List.of(1000, 1000, 1000, 2_000_000), options.intList("--users", List.of()));
    assertNull(options.path("--out"));
  }

  @Test
  void readsAListOfFiles() {
    Options options = Options.parse(new String[] {"--out", "a.json, b/c.json"}, ALLOWED);
    assertEquals(List.of(Path.of("a.json"), Path.of("b/c.json")), options.requiredPaths("--out"));
    Options empty = Options.parse(new String[] {"--out", "a.json,,b.json"}, ALLOWED);
    assertThrows(CommandLineError.class, () -> empty.requiredPaths("--out"));
  }

  @Test
  void rejectsBadInputWithTheOptionNamed() {
    assertEquals("unknown option '--user' (expected --users, --out)",
        assertThrows(CommandLineError.class,
            () -> Options.parse(new String[] {"--user", "3"}, ALLOWED)).getMessage());
    assertThrows(CommandLineError.class, () -> Options.parse(new String[] {"--out"}, ALLOWED));
    assertThrows(CommandLineError.class,
        () -> Options.parse(new String[] {"--out", "a", "--out", "b"}, ALLOWED));
    Options options = Options.parse(new String[] {"--users", "10,0"}, ALLOWED);
    assertThrows(CommandLineError.class, () -> options.intList("--users", List.of()));
    Options huge = Options.parse(new String[] {"--users", "1e12"}, ALLOWED);
    assertThrows(CommandLineError.class, () -> huge.intList("--users", List.of()));
    assertThrows(CommandLineError.class, () -> huge.requiredPath("--out"));
  }

  @Test
  void atomicWriteReplacesTheWholeFile(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("sub/out.md");
    AtomicFile.write(file, "first version, longer");
    AtomicFile.write(file, "second");
    assertEquals("second", Files.readString(file));
    assertEquals(1, Files.list(file.getParent()).count());
  }
}
