package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {

  /** A small sweep that still spans three decades, drawn small, so the tests stay quick. */
  private static final String[] SMALL = {"--users", "10..1e4", "--width", "640", "--height", "360"};

  @TempDir Path dir;

  private CliRun chart(Path out, String... args) {
    String[] all = Stream.concat(Stream.of("chart", "--out", out.toString()), Stream.of(args))
        .toArray(String[]::new);
    return CliRun.of(all);
  }

  /** Copies a fixture into the test directory and draws it with {@code option}. */
  private CliRun drawFixture(Path out, String option, String name, String formats)
      throws IOException {
    Path file = Files.writeString(dir.resolve(name), fixture(name));
    CliRun run = chart(out, option, file.toString(), "--format", formats);
    assertEquals(0, run.exitCode(), run.err());
    return run;
  }

  /** A test fixture of the chart package, such as {@code timeline.csv}. */
  private static String fixture(String name) throws IOException {
    try (var in = ChartCommandTest.class.getResourceAsStream("/org/bglab/chart/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static List<String> files(Path directory) throws IOException {
    try (Stream<Path> listing = Files.list(directory)) {
      return listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesEveryChartItsCsvAndFitsUnderNamesThatSayWhatTheyHold() throws IOException {
    CliRun run = chart(dir, SMALL);
    assertEquals(0, run.exitCode(), run.err());
    String base = "_n10-1e4";
    assertEquals(List.of(
        "calls-vs-n" + base + "-fits.csv", "calls-vs-n" + base + ".csv",
        "calls-vs-n" + base + "_640x360.png", "calls-vs-n" + base + "_640x360.svg",
        "operations-vs-n" + base + "-fits.csv", "operations-vs-n" + base + ".csv",
        "operations-vs-n" + base + "_640x360.png", "operations-vs-n" + base + "_640x360.svg"),
        files(dir));
    for (String file : files(dir)) {
      assertTrue(run.out().contains("wrote " + dir.resolve(file)), file + "\n" + run.out());
    }
  }

  @Test
  void printsTheFittedClassOfEverySeries() {
    CliRun run = chart(dir, SMALL);
    List<String> lines = run.out().lines().toList();
    int operations = lines.indexOf(lines.stream().filter(l -> l.startsWith("operations-vs-n"))
        .findFirst().orElseThrow());
    assertTrue(lines.get(operations + 3).matches("\\s+per-user\\s+O\\(n\\)\\s+.*"), run.out());
    assertTrue(lines.get(operations + 4).matches("\\s+batched \\(b=100\\)\\s+O\\(n\\)\\s+.*"),
        run.out());
    assertTrue(lines.get(operations + 5).matches("\\s+pointer-swap\\s+O\\(1\\)\\s+.*"), run.out());
  }

  @Test
  void theCsvHoldsTheMeasuredCountsOfEverySeries() throws IOException {
    CliRun run = chart(dir, "--users", "10,1000,100000", "--batch-size", "10,1000", "--metric",
        "calls", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> names = files(dir).stream().filter(f -> !f.endsWith("-fits.csv")).toList();
    assertEquals(1, names.size(), names.toString());
    assertTrue(names.get(0).matches("calls-vs-n_n10-1e5-3pts-[0-9a-f]{8}_b10\\+1000\\.csv"),
        names.get(0));
    List<String> csv = Files.readAllLines(dir.resolve(names.get(0)));
    assertEquals("series,strategy,batchSize,n,updateCalls", csv.get(0));
    assertEquals(1 + 4 * 3, csv.size());
    assertTrue(csv.contains("per-user,per-user,,100000,100000"), csv.toString());
    assertTrue(csv.contains("batched (b=10),batched,10,1000,100"), csv.toString());
    assertTrue(csv.contains("batched (b=1000),batched,1000,100000,100"), csv.toString());
    assertTrue(csv.contains("pointer-swap,pointer-swap,,100000,1"), csv.toString());

    // other sizes over the same range must not replace that file
    chart(dir, "--users", "10,100,100000", "--batch-size", "10,1000", "--metric", "calls",
        "--format", "csv");
    assertEquals(2, files(dir).stream().filter(f -> !f.endsWith("-fits.csv")).count());
  }

  @Test
  void theSameArgumentsGiveByteIdenticalFiles() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    assertEquals(0, chart(first, SMALL).exitCode());
    assertEquals(0, chart(second, SMALL).exitCode());
    assertEquals(files(first), files(second));
    for (String file : files(first)) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)),
          Files.readAllBytes(second.resolve(file)), file);
    }
  }

  @Test
  void aChartRedrawnFromItsCsvIsTheSamePicture() throws IOException {
    Path swept = dir.resolve("swept");
    chart(swept, "--users", "10..1e4", "--metric", "operations", "--format", "png,csv",
        "--width", "640", "--height", "360");
    Path redrawn = dir.resolve("redrawn");
    CliRun run = chart(redrawn, "--csv", swept.resolve("operations-vs-n_n10-1e4.csv").toString(),
        "--format", "png", "--width", "640", "--height", "360");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("operations-vs-n_n10-1e4_640x360.png"), files(redrawn));
    assertArrayEquals(Files.readAllBytes(swept.resolve("operations-vs-n_n10-1e4_640x360.png")),
        Files.readAllBytes(redrawn.resolve("operations-vs-n_n10-1e4_640x360.png")));
  }

  @Test
  void thePngHasTheRequestedSizeAndThePdfIsWritten() throws IOException {
    CliRun run = chart(dir, "--users", "10..1e3", "--metric", "memory", "--format", "png,pdf",
        "--width", "700", "--height", "400", "--linear");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("memory-vs-n_n10-1e3_linear_700x400.pdf",
        "memory-vs-n_n10-1e3_linear_700x400.png"), files(dir));
    BufferedImage png = ImageIO.read(dir.resolve("memory-vs-n_n10-1e3_linear_700x400.png").toFile());
    assertEquals(700, png.getWidth());
    assertEquals(400, png.getHeight());
    assertTrue(new String(Files.readAllBytes(dir.resolve("memory-vs-n_n10-1e3_linear_700x400.pdf")),
        java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
  }

  @Test
  void zerosOnLogAxesAreLeftOutWithANoteNotACrash() throws IOException {
    CliRun run = chart(dir, "--users", "10..1e3", "--metric", "writes", "--format", "csv,png",
        "--width", "400", "--height", "300");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("note: pointer-swap is left out: all its values are 0"),
        run.err());
    assertTrue(Files.readString(dir.resolve("writes-vs-n_n10-1e3.csv"))
        .contains("pointer-swap,pointer-swap,,1000,0"));
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+pointer-swap\\s+O\\(1\\)\\s+.*")),
        run.out());
  }

  @Test
  void timesEverySwitchWithTheEngine() throws IOException {
    CliRun run = chart(dir, "--users", "10..1e4", "--metric", "time", "--format", "csv");
    assertEquals(0, run.exitCode(), run.err());
    List<String> csv = Files.readAllLines(dir.resolve("time-vs-n_n10-1e4.csv"));
    assertEquals("series,strategy,batchSize,n,switchSeconds", csv.get(0));
    // per-user at the engine's default costs: a 1 ms call and a 1 us entry write per user,
    // then 1 s until the slowest proxy node has the last write
    assertTrue(csv.contains("per-user,per-user,,1000,2.001"), csv.toString());
    assertTrue(run.out().contains("(routing: proxies)"), run.out());
    CliRun central = chart(dir, "--users", "10..1e4", "--metric", "time", "--format", "csv",
        "--routing", "central");
    assertEquals(0, central.exitCode(), central.err());
    List<String> centralCsv = Files.readAllLines(dir.resolve("time-vs-n_n10-1e4_central.csv"));
    assertTrue(centralCsv.contains("per-user,per-user,,1000,1.001"), centralCsv.toString());
    // a central router: batches of 100 are faster than the pointer's two writes up to n = 100
    assertTrue(centralCsv.contains("batched (b=100),batched,100,100,0.0011"), centralCsv.toString());
    assertTrue(centralCsv.contains("pointer-swap,pointer-swap,,100,0.002"), centralCsv.toString());
    assertTrue(centralCsv.contains("batched (b=100),batched,100,200,0.0022"), centralCsv.toString());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+per-user\\s+O\\(n\\)\\s+.*")),
        run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+pointer-swap\\s+O\\(1\\)\\s+.*")),
        run.out());
  }

  @Test
  void showsNoProgressWhenStderrIsNotATerminal() {
    CliRun run = chart(dir, SMALL);
    assertFalse(run.err().contains("sweeping"), run.err());
    assertFalse(run.err().contains("\r"), run.err());
  }

  @Test
  void drawsJmhResults() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = drawFixture(out, "--jmh", "switch-benchmark.json", "csv,svg");
    assertEquals(List.of("switch-benchmark-vs-n-fits.csv", "switch-benchmark-vs-n.csv",
        "switch-benchmark-vs-n.svg"), files(out));
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+per-user\\s+O\\(n\\)\\s+.*")),
        run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+pointer-swap\\s+O\\(1\\)\\s+.*")),
        run.out());
    List<String> csv = Files.readAllLines(out.resolve("switch-benchmark-vs-n.csv"));
    assertEquals("series,benchmark,n,score,scoreError,unit", csv.get(0));
    assertEquals(13, csv.size());
  }

  @Test
  void drawsATimeline() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = drawFixture(out, "--timeline", "timeline.csv", "csv,png");
    assertEquals(List.of("timeline-green-share.csv", "timeline-green-share.png"), files(out));
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+pointer-swap\\s+26\\s+0.1\\s+1\\s+1")),
        run.out());
  }

  @Test
  void badInputExitsWithCodeTwoAndOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    List<List<String>> cases = List.of(
        List.of("--users", "1e4..10"),
        List.of("--users", ""),
        List.of("--metric", "speed"),
        List.of("--strategies", "per-user,teleport"),
        List.of("--out", file.toString()),
        List.of("--out", file.resolve("below").toString()),
        List.of("--format", "gif"),
        List.of("--width", "20"),
        List.of("--jmh", dir.resolve("missing.json").toString()),
        List.of("--timeline", file.toString()),
        List.of("--jmh", file.toString(), "--csv", file.toString()));
    for (List<String> args : cases) {
      Stream<String> out = args.contains("--out") ? Stream.of("chart")
          : Stream.of("chart", "--out", dir.resolve("ok").toString());
      String[] all = Stream.concat(out, args.stream()).toArray(String[]::new);
      CliRun run = CliRun.of(all);
      assertEquals(2, run.exitCode(), args + ": " + run.err());
      assertEquals(1, run.err().lines().count(), args + ": " + run.err());
      assertTrue(run.err().startsWith("bglab chart: "), args + ": " + run.err());
      assertFalse(run.err().contains("Exception"), args + ": " + run.err());
      assertFalse(run.err().contains("only once"), args + ": " + run.err());
    }
    assertFalse(Files.exists(dir.resolve("ok").resolve("operations-vs-n.csv")));
  }
}
