package org.bglab.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bglab.output.JsonOutput;

/** Answers of the classroom server: JSON bodies, errors in one shape, bytes with their type. */
final class Replies {

  /** Status 400: a parameter the server cannot use. */
  static final int BAD_REQUEST = 400;
  /** Status 404: no such page or endpoint. */
  static final int NOT_FOUND = 404;
  /** Status 405: a method the endpoint does not take. */
  static final int NOT_ALLOWED = 405;
  /** Status 500: a bglab defect, said in one line. */
  static final int DEFECT = 500;
  /** Status 503: every run slot is busy. */
  static final int BUSY = 503;

  private Replies() {}

  /** {@code body} as JSON with {@code status}. */
  static void json(HttpExchange exchange, int status, Object body) throws IOException {
    bytes(exchange, status, "application/json; charset=utf-8", text(body));
  }

  /** The error shape of every refusal: {@code {"error": ..., "field": ..., "accepts": ...}}. */
  static ObjectNode error(String error, String field, String accepts) {
    ObjectNode node = JsonOutput.object();
    node.put("error", error);
    if (field == null) {
      node.putNull("field");
    } else {
      node.put("field", field);
    }
    if (accepts == null) {
      node.putNull("accepts");
    } else {
      node.put("accepts", accepts);
    }
    return node;
  }

  /** The 400 answer to {@code bad}. */
  static void badParameter(HttpExchange exchange, BadParameter bad) throws IOException {
    json(exchange, BAD_REQUEST, error(bad.getMessage(), bad.field(), bad.accepts()));
  }

  /** {@code body} with its content type. */
  static void bytes(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  /** {@code body} as compact JSON bytes. */
  static byte[] text(Object body) {
    try {
      return JsonOutput.mapper().writer().without(
          com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
