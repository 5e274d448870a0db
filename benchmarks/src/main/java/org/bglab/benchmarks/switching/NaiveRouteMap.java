package org.bglab.benchmarks.switching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bglab.simulator.model.Environment;

/**
 * A direct port of the analysed routine: a list of user ids and a table from each user id to the
 * endpoint that serves it, both made of strings, and a switch that walks the list and writes the
 * new endpoint into every user's entry. The baseline the compact routing state is measured against.
 */
public final class NaiveRouteMap implements UserSwitch {

  /** The endpoint of the blue environment. */
  public static final String BLUE_ENDPOINT = "http://model-blue.default.svc:8080/predict";

  /** The endpoint of the green environment. */
  public static final String GREEN_ENDPOINT = "http://model-green.default.svc:8080/predict";

  private final List<String> users;
  private final Map<String, String> route;

  /** Creates routes for {@code users} users named {@code user-0 ... user-(n-1)}, all on blue. */
  public NaiveRouteMap(int users) {
    if (users < 1) {
      throw new IllegalArgumentException("users must be at least 1, got " + users);
    }
    this.users = new ArrayList<>(users);
    this.route = new HashMap<>();
    for (int i = 0; i < users; i++) {
      String id = userId(i);
      this.users.add(id);
      this.route.put(id, BLUE_ENDPOINT);
    }
  }

  /** The id string of user number {@code user}. */
  public static String userId(int user) {
    return "user-" + user;
  }

  /** The routing table itself, the structure whose memory is compared with the compact state. */
  public Map<String, String> table() {
    return route;
  }

  /** Writes every user's entry, one map update per user, as the analysed routine does. */
  @Override
  public void switchTo(Environment target) {
    String endpoint = target == Environment.GREEN ? GREEN_ENDPOINT : BLUE_ENDPOINT;
    for (String user : users) {
      route.put(user, endpoint);
    }
  }

  @Override
  public Environment routeOf(int user) {
    String endpoint = route.get(userId(user));
    if (endpoint == null) {
      throw new IndexOutOfBoundsException("no user " + user);
    }
    return GREEN_ENDPOINT.equals(endpoint) ? Environment.GREEN : Environment.BLUE;
  }
}
