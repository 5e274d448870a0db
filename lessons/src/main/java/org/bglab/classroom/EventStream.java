package org.bglab.classroom;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A stream of server-sent events to one page: {@code event: NAME} and one {@code data:} line of
 * compact JSON per message, flushed at once. A write that fails means the page has gone: it
 * throws {@link ClientGone}, which stops whatever was producing the messages.
 */
final class EventStream implements AutoCloseable {

  private final HttpExchange exchange;
  private final OutputStream out;

  /** Starts the stream: status 200 with the event-stream type, the body chunked. */
  EventStream(HttpExchange exchange) throws IOException {
    this.exchange = exchange;
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    this.out = exchange.getResponseBody();
  }

  /** Sends one message named {@code event} with {@code data} as JSON. */
  void send(String event, Object data) {
    sendRaw(event, Replies.text(data));
  }

  /** Sends one message whose data is already JSON bytes (no line breaks). */
  void sendRaw(String event, byte[] json) {
    try {
      out.write(("event: " + event + "\ndata: ").getBytes(StandardCharsets.UTF_8));
      out.write(json);
      out.write("\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException ex) {
      throw new ClientGone(ex);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException ex) {
      // the page has gone already
    }
    exchange.close();
  }

  /** The page closed its connection; whatever fed the stream stops. */
  static final class ClientGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClientGone(IOException cause) {
      super("the page closed the connection", cause);
    }
  }
}
