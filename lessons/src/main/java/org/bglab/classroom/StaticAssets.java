package org.bglab.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The page's files, shipped in the jar under {@code bglab/classroom/}: one HTML page, one style
 * sheet, one script. Only these names are served; the page loads nothing else, from here or
 * from the network.
 */
final class StaticAssets {

  private static final String ROOT = "/bglab/classroom/";

  /** Each path the server answers, with its file and content type. */
  private static final Map<String, Asset> ASSETS = Map.of(
      "/", new Asset("index.html", "text/html; charset=utf-8"),
      "/index.html", new Asset("index.html", "text/html; charset=utf-8"),
      "/classroom.css", new Asset("classroom.css", "text/css; charset=utf-8"),
      "/classroom.js", new Asset("classroom.js", "text/javascript; charset=utf-8"));

  private StaticAssets() {}

  /** The file served at {@code path}, if any. */
  static Optional<Asset> at(String path) {
    return Optional.ofNullable(ASSETS.get(path));
  }

  /**
   * One file of the page.
   *
   * @param file its name under {@code bglab/classroom/}
   * @param type its content type
   */
  record Asset(String file, String type) {
    /** The file's bytes, read from the jar. */
    byte[] bytes() {
      try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + file)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks the page file " + file);
        }
        return in.readAllBytes();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }
}
