package org.bglab.coursework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files under a path prefix in the jar or class folder that a class was loaded from: the
 * bglab jar when it runs as an application, the modules' {@code target/classes} in tests.
 */
final class PackagedFiles {

  private PackagedFiles() {}

  /**
   * Reads every file whose path starts with {@code prefix}, in the jar or folder {@code anchor}
   * came from.
   *
   * @param anchor a class loaded from the jar or folder to read
   * @param prefix a path such as {@code org/bglab/simulator/}, with {@code /} separators
   * @return the files by path (relative to the jar or folder root), sorted by path
   * @throws IllegalStateException when the location cannot be read: a broken installation
   */
  static SortedMap<String, byte[]> under(Class<?> anchor, String prefix) {
    Path location = locationOf(anchor);
    SortedMap<String, byte[]> files = new TreeMap<>();
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> paths = Files.walk(location)) {
          for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
            String path = location.relativize(file).toString().replace('\\', '/');
            if (path.startsWith(prefix)) {
              files.put(path, Files.readAllBytes(file));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
              try (InputStream in = jar.getInputStream(entry)) {
                files.put(entry.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read bglab's own files at " + location, ex);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("bglab's files under " + prefix + " are missing from "
          + location + ": rebuild bglab");
    }
    return files;
  }

  private static Path locationOf(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException ex) {
      throw new IllegalStateException("cannot tell where " + anchor.getName() + " was loaded from",
          ex);
    }
  }
}
