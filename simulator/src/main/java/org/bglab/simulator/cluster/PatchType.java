package org.bglab.simulator.cluster;

import com.fasterxml.jackson.databind.JsonNode;

/** The two kinds of patch {@code kubectl patch} sends that bglab models ({@code --type}). */
public enum PatchType {
  /** {@code --type merge}: a JSON merge patch, exactly as RFC 7396 defines it. */
  MERGE,
  /** {@code --type strategic}, kubectl's default: lists merge by their merge key. */
  STRATEGIC;

  /** The document that results from applying {@code patch} to {@code target}. */
  public JsonNode apply(JsonNode target, JsonNode patch) {
    return this == MERGE ? JsonMergePatch.apply(target, patch) : StrategicMergePatch.apply(target, patch);
  }
}
