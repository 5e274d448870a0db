package org.bglab.lesson.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StateDirectoryTest {

  private static Properties props(String... pairs) {
    Properties properties = new Properties();
    properties.setProperty("user.home", "/home/student");
    for (int i = 0; i < pairs.length; i += 2) {
      properties.setProperty(pairs[i], pairs[i + 1]);
    }
    return properties;
  }

  @Test
  void defaultsToLocalStateUnderHome() {
    assertEquals(Path.of("/home/student/.local/state/bglab"),
        StateDirectory.resolve(Map.of(), props()));
  }

  @Test
  void followsXdgStateHomeWhenItIsAbsolute() {
    assertEquals(Path.of("/xdg/bglab"),
        StateDirectory.resolve(Map.of("XDG_STATE_HOME", "/xdg"), props()));
    assertEquals(Path.of("/home/student/.local/state/bglab"),
        StateDirectory.resolve(Map.of("XDG_STATE_HOME", "relative"), props()));
  }

  @Test
  void bglabHomeOverridesXdgAndThePropertyOverridesBoth() {
    Map<String, String> env = Map.of("XDG_STATE_HOME", "/xdg", "BGLAB_HOME", "/b");
    assertEquals(Path.of("/b"), StateDirectory.resolve(env, props()));
    assertEquals(Path.of("/p"), StateDirectory.resolve(env, props("bglab.home", "/p")));
  }
}
