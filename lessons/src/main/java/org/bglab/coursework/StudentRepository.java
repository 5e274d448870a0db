package org.bglab.coursework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bglab.coursework.faults.BatchedFault;
import org.bglab.simulator.strategy.TrafficRouter;

/**
 * The files of the repository a course hands out, by path: the template (exercises, example
 * properties, grader, pom, README, Classroom workflow) and a file-based Maven repository in
 * {@code repo/} holding the simulator and the compiled faulty versions of exercise 2.
 *
 * <p>No solution and no faulty version is in it as source: the exercise sources come from the
 * simulator's student-facing test packages only, never from their {@code instructor}
 * subpackages, and the faulty versions only as classes.
 */
public final class StudentRepository {

  /** Where the template lives among bglab's resources. */
  static final String TEMPLATE = "bglab/coursework/template/";

  /** The simulator's classes and the resources it bundles, the whole of its jar. */
  static final String[] SIMULATOR_PREFIXES = {"org/bglab/simulator/", "scenarios/"};

  /** The compiled faulty versions of exercise 2. */
  static final String FAULTS_PREFIX = "org/bglab/coursework/faults/";

  private StudentRepository() {}

  /**
   * Every file of the repository.
   *
   * @return the files by path relative to the repository root, sorted
   */
  public static SortedMap<String, byte[]> files() {
    Properties versions = versions();
    byte[] simulator = HandoutJar.of(simulatorFiles());
    byte[] faults = HandoutJar.of(PackagedFiles.under(BatchedFault.class, FAULTS_PREFIX));
    String version = handoutVersion(versions.getProperty("bglab"), simulator, faults);

    Map<String, String> placeholders = Map.of(
        "@HANDOUT_VERSION@", version,
        "@BGLAB_VERSION@", versions.getProperty("bglab"),
        "@JUNIT_VERSION@", versions.getProperty("junit"),
        "@QUICKTHEORIES_VERSION@", versions.getProperty("quicktheories"),
        "@RESOURCES_PLUGIN_VERSION@", versions.getProperty("resources-plugin"),
        "@COMPILER_PLUGIN_VERSION@", versions.getProperty("compiler-plugin"),
        "@SUREFIRE_PLUGIN_VERSION@", versions.getProperty("surefire-plugin"),
        "@EXEC_PLUGIN_VERSION@", versions.getProperty("exec-plugin"));

    SortedMap<String, byte[]> files = new TreeMap<>();
    PackagedFiles.under(StudentRepository.class, TEMPLATE).forEach((path, bytes) -> {
      String target = targetPath(path.substring(TEMPLATE.length()));
      if (target.contains("/instructor/")) {
        throw new IllegalStateException("instructor material in the template: " + path);
      }
      files.put(target, isText(target) ? fill(bytes, placeholders) : bytes);
    });
    addArtifact(files, "simulator", version, simulator, pom("simulator", version,
        dependency("com.fasterxml.jackson.core", "jackson-databind",
            versions.getProperty("jackson"))));
    addArtifact(files, "coursework-faults", version, faults, pom("coursework-faults", version,
        dependency("org.bglab", "simulator", version)));
    return files;
  }

  /** {@code dot-github/x} becomes {@code .github/x}: resources whose name starts with a dot are
   * easily lost in a build, so the template spells the dot out. */
  private static String targetPath(String path) {
    StringBuilder target = new StringBuilder();
    for (String part : path.split("/")) {
      if (target.length() > 0) {
        target.append('/');
      }
      target.append(part.startsWith("dot-") ? "." + part.substring(4) : part);
    }
    return target.toString();
  }

  private static boolean isText(String path) {
    return path.endsWith(".xml") || path.endsWith(".md") || path.endsWith(".yml");
  }

  private static byte[] fill(byte[] bytes, Map<String, String> placeholders) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
      text = text.replace(placeholder.getKey(), placeholder.getValue());
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static SortedMap<String, byte[]> simulatorFiles() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (String prefix : SIMULATOR_PREFIXES) {
      files.putAll(PackagedFiles.under(TrafficRouter.class, prefix));
    }
    return files;
  }

  /**
   * The version the hand-out's artifacts carry: bglab's version without {@code -SNAPSHOT}, then
   * {@code handout} and a digest of the two jars. A different build gets a different version, so
   * that a Maven cache never serves a stale copy, and a hand-out never takes the place of a
   * snapshot of bglab's own build in the cache.
   */
  static String handoutVersion(String bglabVersion, byte[] simulator, byte[] faults) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(simulator);
      sha.update(faults);
      String digest = HexFormat.of().formatHex(sha.digest()).substring(0, 10);
      return bglabVersion.replace("-SNAPSHOT", "") + "-handout-" + digest;
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is missing from this Java", ex);
    }
  }

  private static void addArtifact(
      SortedMap<String, byte[]> files, String artifact, String version, byte[] jar, String pom) {
    String base = "repo/org/bglab/" + artifact + "/" + version + "/" + artifact + "-" + version;
    byte[] pomBytes = pom.getBytes(StandardCharsets.UTF_8);
    files.put(base + ".jar", jar);
    files.put(base + ".jar.sha1", sha1(jar));
    files.put(base + ".pom", pomBytes);
    files.put(base + ".pom.sha1", sha1(pomBytes));
  }

  private static String pom(String artifact, String version, String dependency) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>org.bglab</groupId>
          <artifactId>%s</artifactId>
          <version>%s</version>
          <dependencies>
        %s
          </dependencies>
        </project>
        """.formatted(artifact, version, dependency);
  }

  private static String dependency(String group, String artifact, String version) {
    return """
            <dependency>
              <groupId>%s</groupId>
              <artifactId>%s</artifactId>
              <version>%s</version>
            </dependency>""".formatted(group, artifact, version);
  }

  private static byte[] sha1(byte[] bytes) {
    try {
      String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
      return hex.getBytes(StandardCharsets.US_ASCII);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-1 is missing from this Java", ex);
    }
  }

  private static Properties versions() {
    Properties versions = new Properties();
    try (InputStream in = StudentRepository.class.getResourceAsStream(
        "/bglab/coursework/versions.properties")) {
      if (in == null) {
        throw new IllegalStateException("bglab/coursework/versions.properties is missing");
      }
      versions.load(in);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return versions;
  }
}
