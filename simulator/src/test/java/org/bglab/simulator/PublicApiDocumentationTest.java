package org.bglab.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type and every public or protected member of the packages a course programs
 * against (model, strategy, metrics, engine) has a Javadoc comment: the library API promised to
 * coursework stays documented as it grows.
 *
 * <p>Runs javac's doclint over the sources, the same check {@code javadoc -Xdoclint} makes.
 */
class PublicApiDocumentationTest {

  private static final List<String> COURSEWORK_PACKAGES =
      List.of("model", "strategy", "metrics", "engine");

  @Test
  void everyPublicTypeAndMemberOfTheCourseworkApiHasJavadoc(@TempDir Path classes)
      throws IOException {
    Path root = Path.of("src", "main", "java", "org", "bglab", "simulator");
    List<Path> sources = new ArrayList<>();
    for (String pkg : COURSEWORK_PACKAGES) {
      try (Stream<Path> files = Files.list(root.resolve(pkg))) {
        files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(sources::add);
      }
    }
    assertTrue(sources.size() >= 10, "sources found under " + root.toAbsolutePath());

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests must run on a JDK");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      // the rest of the simulator (the packages these refer to) comes from the built classes
      List<String> options = List.of("-Xdoclint:missing/protected", "-proc:none",
          "-classpath", System.getProperty("java.class.path"),
          "-d", classes.toString(), "-Xmaxwarns", "10000");
      boolean compiled = javac.getTask(new StringWriter(), files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      assertTrue(compiled, "the sources did not compile: " + diagnostics.getDiagnostics());
    }
    String undocumented = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .filter(d -> d.getMessage(Locale.ROOT).contains("no comment"))
        .map(d -> d.getSource().getName() + ":" + d.getLineNumber())
        .collect(Collectors.joining("\n"));
    assertEquals("", undocumented, "public declarations without a Javadoc comment");
  }
}
