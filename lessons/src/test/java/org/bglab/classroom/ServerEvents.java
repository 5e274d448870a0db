package org.bglab.classroom;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** A test's reading of a stream of server-sent events: each event's name and data line. */
record ServerEvents(int status, List<Event> events) {

  /** One event. */
  record Event(String name, String data) {}

  /** Reads the whole stream at {@code uri}. */
  static ServerEvents read(HttpClient client, URI uri) throws IOException, InterruptedException {
    HttpResponse<Stream<String>> response =
        client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines());
    List<Event> events = new ArrayList<>();
    try (Stream<String> lines = response.body()) {
      String name = null;
      for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
        String line = it.next();
        if (line.startsWith("event: ")) {
          name = line.substring("event: ".length());
        } else if (line.startsWith("data: ")) {
          events.add(new Event(name, line.substring("data: ".length())));
        }
      }
    }
    return new ServerEvents(response.statusCode(), events);
  }

  /** The events called {@code name}. */
  List<Event> named(String name) {
    return events.stream().filter(event -> event.name().equals(name)).toList();
  }

  /** The data of the last event, which ends every stream. */
  Event last() {
    return events.get(events.size() - 1);
  }
}
