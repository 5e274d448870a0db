package org.bglab.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bglab.jmh.JmhResult;

/**
 * Names JMH series by only what tells them apart: the benchmark class when there are several, the
 * method when there are several, and the parameters (other than {@code n}) whose value varies,
 * as {@code name=value}, or as the bare value when one parameter alone tells them apart.
 */
final class SeriesNames {

  private final boolean showClass;
  private final boolean showMethod;
  private final Set<String> varyingParams = new HashSet<>();

  SeriesNames(List<JmhResult> results) {
    showClass = results.stream().map(r -> r.benchmarkClass()).distinct().count() > 1;
    showMethod = results.stream().map(JmhResult::benchmark).distinct().count() > 1;
    for (JmhResult result : results) {
      for (String param : result.params().keySet()) {
        if (!param.equals(JmhTable.SIZE_PARAMETER)
            && results.stream().map(r -> r.params().get(param)).distinct().count() > 1) {
          varyingParams.add(param);
        }
      }
    }
  }

  String of(JmhResult result) {
    List<String> parts = new ArrayList<>();
    String method = result.method();
    if (showClass) {
      parts.add(result.shortName());
    } else if (showMethod) {
      parts.add(method);
    }
    boolean bare = parts.isEmpty() && varyingParams.size() == 1;
    for (Map.Entry<String, String> param : result.params().entrySet()) {
      if (varyingParams.contains(param.getKey())) {
        parts.add(bare ? param.getValue() : param.getKey() + "=" + param.getValue());
      }
    }
    return parts.isEmpty() ? method : String.join(" ", parts);
  }
}
