package org.bglab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios shipped inside the simulator jar, under {@code scenarios/}: the index
 * ({@code index.txt}, one {@code NAME  description} a line) and each {@code NAME.scenario}.
 */
final class BundledScenarios {

  /** One bundled scenario: its name and what it shows. */
  record Entry(String name, String description) {}

  private static final String DIRECTORY = "/scenarios/";

  private BundledScenarios() {}

  /** The bundled scenarios, in index order. */
  static List<Entry> list() {
    return read("index.txt").orElseThrow(() -> new IllegalStateException("scenarios/index.txt is missing"))
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.split("\\s+", 2))
        .map(parts -> new Entry(parts[0], parts.length > 1 ? parts[1] : ""))
        .toList();
  }

  /** The text of the bundled scenario {@code name}, if there is one. */
  static Optional<String> text(String name) {
    boolean listed = list().stream().anyMatch(entry -> entry.name().equals(name));
    return listed ? read(name + ".scenario") : Optional.empty();
  }

  private static Optional<String> read(String file) {
    try (InputStream in = BundledScenarios.class.getResourceAsStream(DIRECTORY + file)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
