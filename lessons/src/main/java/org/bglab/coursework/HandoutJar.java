package org.bglab.coursework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A jar built from files in memory, byte for byte the same for the same files: entries sorted,
 * one fixed timestamp, the directories each file needs.
 */
final class HandoutJar {

  /** Every entry gets this time, so that the same classes give the same jar. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private HandoutJar() {}

  /**
   * The jar of {@code files}.
   *
   * @param files the files by path inside the jar
   * @return the jar's bytes
   */
  static byte[] of(SortedMap<String, byte[]> files) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    manifest.getMainAttributes().putValue("Created-By", "bglab coursework init");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      JarEntry manifestEntry = entry("META-INF/MANIFEST.MF");
      jar.putNextEntry(manifestEntry);
      manifest.write(jar);
      jar.closeEntry();
      for (String directory : directoriesOf(files)) {
        jar.putNextEntry(entry(directory));
        jar.closeEntry();
      }
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        jar.putNextEntry(entry(file.getKey()));
        jar.write(file.getValue());
        jar.closeEntry();
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return bytes.toByteArray();
  }

  private static TreeSet<String> directoriesOf(SortedMap<String, byte[]> files) {
    TreeSet<String> directories = new TreeSet<>();
    for (String path : files.keySet()) {
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        directories.add(path.substring(0, slash + 1));
      }
    }
    directories.remove("META-INF/");
    return directories;
  }

  private static JarEntry entry(String name) {
    JarEntry entry = new JarEntry(name);
    entry.setTimeLocal(FIXED_TIME);
    return entry;
  }
}
