package org.bglab.lesson.progress;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where bglab keeps a student's state: {@code BGLAB_HOME} when set, else
 * {@code $XDG_STATE_HOME/bglab}, else {@code ~/.local/state/bglab}. The system property
 * {@code bglab.home} overrides all of them for a JVM that embeds bglab (tests use it).
 */
public final class StateDirectory {

  private StateDirectory() {}

  /** The state directory for this environment and these system properties. */
  public static Path resolve(Map<String, String> env, Properties properties) {
    String property = properties.getProperty("bglab.home");
    if (isSet(property)) {
      return Path.of(property);
    }
    if (isSet(env.get("BGLAB_HOME"))) {
      return Path.of(env.get("BGLAB_HOME"));
    }
    String xdg = env.get("XDG_STATE_HOME");
    if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "bglab");
    }
    return Path.of(properties.getProperty("user.home"), ".local", "state", "bglab");
  }

  /** The state directory of this process. */
  public static Path current() {
    return resolve(System.getenv(), System.getProperties());
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
