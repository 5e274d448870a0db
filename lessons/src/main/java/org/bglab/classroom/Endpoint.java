package org.bglab.classroom;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** One endpoint of the classroom server: reads its request, answers it. */
@FunctionalInterface
interface Endpoint {

  /**
   * Answers {@code exchange}.
   *
   * @throws BadParameter for a parameter out of range, answered 400 by the server
   * @throws RunSlots.Busy when every run slot is taken, answered 503
   */
  void answer(HttpExchange exchange) throws IOException;
}
