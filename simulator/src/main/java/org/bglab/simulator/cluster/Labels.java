package org.bglab.simulator.cluster;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of Kubernetes labels ({@code key=value} pairs), kept sorted by key. Labels mark pods and
 * deployments; the same type serves as an equality-based selector.
 *
 * @param entries the pairs, sorted by key and unmodifiable
 */
public record Labels(Map<String, String> entries) {

  /** No labels at all. As a selector it means "no selector", which matches nothing. */
  public static final Labels NONE = new Labels(Map.of());

  /** Copies {@code entries} into a sorted, unmodifiable map. */
  public Labels {
    entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  /**
   * Reads labels written as kubectl does, {@code app=model,env=blue}, checking every key and value
   * as kubectl's selector parser does.
   *
   * @throws IllegalArgumentException with kubectl's message for a pair without {@code =}, or an
   *     invalid key or value
   */
  public static Labels parse(String text) {
    Map<String, String> pairs = new TreeMap<>();
    if (text.isBlank()) {
      return NONE;
    }
    for (String pair : text.split(",", -1)) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("invalid label \"" + pair + "\": expected key=value");
      }
      String key = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      if (value.startsWith("=")) {
        value = value.substring(1).trim();
      }
      String unparsable = "couldn't parse the selector string \"" + text + "\": unable to parse requirement: ";
      List<String> keyProblems = LabelSyntax.keyProblems(key);
      if (!keyProblems.isEmpty()) {
        throw new IllegalArgumentException(unparsable + "<nil>: Invalid value: \"" + key + "\": " + keyProblems.get(0));
      }
      List<String> valueProblems = LabelSyntax.valueProblems(value);
      if (!valueProblems.isEmpty()) {
        throw new IllegalArgumentException(unparsable + "values[0][" + key + "]: Invalid value: \"" + value
            + "\": " + valueProblems.get(0));
      }
      pairs.put(key, value);
    }
    return new Labels(pairs);
  }

  /** The value of {@code key}, or {@code null} when it is not set. */
  public String get(String key) {
    return entries.get(key);
  }

  /** Whether there are no labels. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Whether this selector picks an object carrying {@code labels}: every pair of the selector must
   * be present with the same value. An empty selector matches nothing, as for a Service.
   */
  public boolean selects(Labels labels) {
    if (entries.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, String> pair : entries.entrySet()) {
      if (!pair.getValue().equals(labels.entries.get(pair.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** These labels with {@code key} set to {@code value}. */
  public Labels with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(entries);
    copy.put(key, value);
    return new Labels(copy);
  }

  /** These labels without {@code key}. */
  public Labels without(String key) {
    Map<String, String> copy = new TreeMap<>(entries);
    copy.remove(key);
    return new Labels(copy);
  }

  /** The kubectl form, {@code app=model,env=blue}, or {@code <none>} when empty. */
  @Override
  public String toString() {
    if (entries.isEmpty()) {
      return "<none>";
    }
    StringBuilder text = new StringBuilder();
    entries.forEach((key, value) -> text.append(text.isEmpty() ? "" : ",").append(key).append('=').append(value));
    return text.toString();
  }
}
