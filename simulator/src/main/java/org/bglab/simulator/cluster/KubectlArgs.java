package org.bglab.simulator.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after a kubectl command, split into positional arguments and flags the way kubectl
 * reads them: {@code --name=value}, {@code --name value}, {@code -p value}, {@code -p=value},
 * and switches such as {@code --overwrite}.
 */
final class KubectlArgs {

  private static final Map<Character, String> SHORTHANDS =
      Map.of('p', "patch", 'l', "selector", 'o', "output", 'n', "namespace");

  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> switches = new HashSet<>();

  /**
   * Reads {@code words}, accepting the flags in {@code valueFlags} (which take a value) and
   * {@code switchFlags} (which do not), plus {@code --namespace}.
   *
   * @throws UsageException for an unknown flag or a flag without its value
   */
  static KubectlArgs parse(List<String> words, Set<String> valueFlags, Set<String> switchFlags) {
    KubectlArgs args = new KubectlArgs();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!word.startsWith("-") || word.equals("-") || word.matches("-\\d.*")) {
        args.positional.add(word);
        continue;
      }
      String name;
      String value = null;
      int equals = word.indexOf('=');
      String flag = equals < 0 ? word : word.substring(0, equals);
      if (equals >= 0) {
        value = word.substring(equals + 1);
      }
      if (flag.startsWith("--")) {
        name = flag.substring(2);
      } else if (flag.length() == 2 && SHORTHANDS.containsKey(flag.charAt(1))) {
        name = SHORTHANDS.get(flag.charAt(1));
      } else {
        throw new UsageException("error: unknown shorthand flag: '" + flag.substring(1) + "' in " + word);
      }
      if (valueFlags.contains(name) || name.equals("namespace")) {
        if (value == null) {
          if (i + 1 >= words.size()) {
            throw new UsageException("error: flag needs an argument: " + flag);
          }
          value = words.get(++i);
        }
        args.values.put(name, value);
      } else if (switchFlags.contains(name)) {
        if (value == null || value.equals("true")) {
          args.switches.add(name);
        } else if (!value.equals("false")) {
          throw new UsageException("error: invalid argument \"" + value + "\" for \"" + flag + "\" flag");
        }
      } else {
        throw new UsageException("error: unknown flag: " + flag);
      }
    }
    String namespace = args.values.getOrDefault("namespace", "default");
    if (!namespace.equals("default")) {
      throw new ApiException("Error from server (NotFound): namespaces \"" + namespace + "\" not found");
    }
    return args;
  }

  List<String> positional() {
    return positional;
  }

  Optional<String> value(String flag) {
    return Optional.ofNullable(values.get(flag));
  }

  /** The value of a required flag. */
  String required(String flag) {
    return value(flag).orElseThrow(() -> new UsageException("error: required flag(s) \"" + flag + "\" not set"));
  }

  boolean has(String flag) {
    return switches.contains(flag);
  }

  /** Reads a whole number flag, or {@code fallback} when absent. */
  int intValue(String flag, int fallback) {
    String text = values.get(flag);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new UsageException("error: invalid argument \"" + text + "\" for \"--" + flag + "\" flag: not a number");
    }
  }
}
