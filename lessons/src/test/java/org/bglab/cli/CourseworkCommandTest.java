package org.bglab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bglab.coursework.StudentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bglab coursework init}: what the student repository holds, and what it leaves out. */
class CourseworkCommandTest {

  @TempDir Path dir;

  @Test
  void writesTheRepositoryIntoANewFolder() throws IOException {
    Path target = dir.resolve("course");
    CliRun run = CliRun.of("coursework", "init", target.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Wrote a coursework repository for students to " + target),
        run.out());
    for (String path : List.of("pom.xml", "README.md", ".github/workflows/classroom.yml",
        ".mvn/maven.config", ".gitignore",
        "src/test/java/org/bglab/coursework/exercise/NewestFirstSwitch.java",
        "src/test/java/org/bglab/coursework/exercise/NewestFirstSwitchProperties.java",
        "src/test/java/org/bglab/coursework/properties/BatchedSwitchProperties.java",
        "src/test/java/org/bglab/coursework/examples/RoutingPropertiesTest.java",
        "src/test/java/org/bglab/coursework/grading/Grading.java")) {
      assertTrue(Files.isRegularFile(target.resolve(path)), path);
    }
    assertEquals(List.of(), leftovers(), "temporary folders left next to the repository");
  }

  @Test
  void refusesAFolderThatIsNotEmptyInOneLine() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    CliRun run = CliRun.of("coursework", "init", dir.toString());
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("exists and is not an empty folder"), run.err());
    assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
  }

  @Test
  void holdsNoSolutionAndNoFaultyVersionInSourceForm() throws IOException {
    SortedMap<String, byte[]> files = StudentRepository.files();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String path = file.getKey();
      assertFalse(path.contains("instructor"), path);
      assertFalse(path.contains("/faults/"), path);
      if (path.endsWith(".java")) {
        String text = new String(file.getValue(), StandardCharsets.UTF_8);
        for (String secret : List.of("NewestFirstReference", "enum Fault", "FaultyProcess",
            "FaultyBatchedSwitch(int", "switchedFrom == 0;", "eachCallSwitchesTheNextBatch")) {
          assertFalse(text.contains(secret), path + " contains " + secret);
        }
      }
    }
    String skeleton = text(files, "src/test/java/org/bglab/coursework/exercise/NewestFirstSwitch.java");
    assertEquals(2, skeleton.split("throw new UnsupportedOperationException", -1).length - 1,
        "the two methods the student writes are left to write");
    String properties = text(files,
        "src/test/java/org/bglab/coursework/properties/BatchedSwitchProperties.java");
    assertFalse(Pattern.compile("(?m)^\\s*public void").matcher(properties).find(),
        "the properties class holds no property (outside comments)");
  }

  @Test
  void theFaultyVersionsShipAsClassesOnlyAndTheSimulatorWithoutCourseworkClasses()
      throws IOException {
    SortedMap<String, byte[]> files = StudentRepository.files();
    TreeSet<String> faults = entries(jar(files, "coursework-faults"));
    assertTrue(faults.contains("org/bglab/coursework/faults/FaultyBatchedSwitch.class"),
        faults.toString());
    assertTrue(faults.stream().allMatch(name -> name.endsWith("/") || name.endsWith(".class")
        || name.equals("META-INF/MANIFEST.MF")), faults.toString());
    TreeSet<String> simulator = entries(jar(files, "simulator"));
    assertTrue(simulator.contains("org/bglab/simulator/strategy/BatchedSwitch.class"));
    assertTrue(simulator.stream().noneMatch(name -> name.startsWith("org/bglab/coursework")),
        simulator.toString());
  }

  /**
   * The simulator ships as its classes and bundled resources, the two top-level folders of its
   * build; a resource folder added to the simulator must be added to the hand-out as well.
   */
  @Test
  void theSimulatorJarHoldsEveryTopLevelFolderOfTheSimulatorBuild() throws Exception {
    Path classes = Path.of(org.bglab.simulator.strategy.TrafficRouter.class
        .getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(classes)) {
      TreeSet<String> topLevel = new TreeSet<>();
      try (Stream<Path> children = Files.list(classes)) {
        children.forEach(child -> topLevel.add(child.getFileName().toString()));
      }
      assertEquals(new TreeSet<>(List.of("org", "scenarios")), topLevel);
    }
    TreeSet<String> simulator = entries(jar(StudentRepository.files(), "simulator"));
    assertTrue(simulator.contains("scenarios/index.txt"), simulator.toString());
  }

  @Test
  void theSameBglabWritesTheSameBytes() {
    SortedMap<String, byte[]> first = StudentRepository.files();
    SortedMap<String, byte[]> second = StudentRepository.files();
    assertEquals(first.keySet(), second.keySet());
    first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
  }

  @Test
  void theClassroomWorkflowRunsEveryGradedCheckWithItsPoints() {
    SortedMap<String, byte[]> files = StudentRepository.files();
    String workflow = text(files, ".github/workflows/classroom.yml");
    Matcher step = Pattern.compile("command: mvn -B -q test -Pgrade -Dgrade.check=(\\S+)\\n"
        + "\\s+timeout: \\d+\\n\\s+max-score: (\\d+)").matcher(workflow);
    StringBuilder checks = new StringBuilder();
    int points = 0;
    while (step.find()) {
      checks.append(step.group(1)).append(' ');
      points += Integer.parseInt(step.group(2));
    }
    assertEquals("E1.1 E1.2 E1.3 E1.4 E1.5 E1.6 E2.0 E2.F1 E2.F2 E2.F3 E2.F4 E2.F5 E2.F6 E2.F7"
        + " E2.F8 E2.F9 E2.F10 ", checks.toString());
    assertEquals(6 * 2 + 2 + 10, points, "2 per property, 2 for E2.0, 1 per faulty version");
    assertTrue(workflow.contains("runners: e1-1,e1-2,e1-3,e1-4,e1-5,e1-6,e2-0,e2-f1,"), workflow);
    String pom = text(files, "pom.xml");
    assertFalse(pom.contains("@"), "every placeholder of the pom is filled in");
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(child -> child.getFileName().toString().startsWith(".")).toList();
    }
  }

  private static String text(SortedMap<String, byte[]> files, String path) {
    byte[] bytes = files.get(path);
    assertTrue(bytes != null, path + " is missing");
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] jar(SortedMap<String, byte[]> files, String artifact) {
    return files.entrySet().stream()
        .filter(file -> file.getKey().startsWith("repo/org/bglab/" + artifact + "/"))
        .filter(file -> file.getKey().endsWith(".jar"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError(artifact + " jar missing from repo/"));
  }

  private static TreeSet<String> entries(byte[] jar) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(jar))) {
      names.add("META-INF/MANIFEST.MF");
      for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }
}
