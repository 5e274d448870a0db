package org.bglab.simulator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonMergePatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  /** The worked examples of RFC 7396, appendix A (quotes written as ' to fit in CSV). */
  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'a':'b'}                | {'a':'c'}                     | {'a':'c'}",
      "{'a':'b'}                | {'b':'c'}                     | {'a':'b','b':'c'}",
      "{'a':'b'}                | {'a':null}                    | {}",
      "{'a':'b','b':'c'}        | {'a':null}                    | {'b':'c'}",
      "{'a':['b']}              | {'a':'c'}                     | {'a':'c'}",
      "{'a':'c'}                | {'a':['b']}                   | {'a':['b']}",
      "{'a':{'b':'c'}}          | {'a':{'b':'d','c':null}}      | {'a':{'b':'d'}}",
      "{'a':[{'b':'c'}]}        | {'a':[1]}                     | {'a':[1]}",
      "['a','b']                | ['c','d']                     | ['c','d']",
      "{'a':'b'}                | ['c']                         | ['c']",
      "{'a':'foo'}              | null                          | null",
      "{'a':'foo'}              | 'bar'                         | 'bar'",
      "{'e':null}               | {'a':1}                       | {'e':null,'a':1}",
      "[1,2]                    | {'a':'b','c':null}            | {'a':'b'}",
      "{}                       | {'a':{'bb':{'ccc':null}}}     | {'a':{'bb':{}}}",
  })
  void followsTheRfcExamples(String target, String patch, String expected) throws Exception {
    assertEquals(json(expected), JsonMergePatch.apply(json(target), json(patch)));
  }

  @Test
  void patchesANestedSelectorKeepingTheOtherKeys() throws Exception {
    JsonNode service = json("{'spec':{'selector':{'app':'model','env':'blue'},'type':'ClusterIP'}}");
    JsonNode patched = JsonMergePatch.apply(service, json("{'spec':{'selector':{'env':'green'}}}"));
    assertEquals(json("{'spec':{'selector':{'app':'model','env':'green'},'type':'ClusterIP'}}"), patched);
  }

  @Test
  void nullRemovesANestedKey() throws Exception {
    JsonNode service = json("{'spec':{'selector':{'app':'model','env':'blue'}}}");
    JsonNode patched = JsonMergePatch.apply(service, json("{'spec':{'selector':{'env':null}}}"));
    assertEquals(json("{'spec':{'selector':{'app':'model'}}}"), patched);
  }

  @Test
  void leavesItsArgumentsUntouched() throws Exception {
    JsonNode target = json("{'a':{'b':'c'}}");
    JsonNode patch = json("{'a':{'b':null,'d':'e'}}");
    JsonMergePatch.apply(target, patch);
    assertEquals(json("{'a':{'b':'c'}}"), target);
    assertEquals(json("{'a':{'b':null,'d':'e'}}"), patch);
  }

  @Test
  void applyingAPatchTwiceChangesNothingMore() {
    qt().withExamples(50)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 3), strings().basicLatinAlphabet().ofLengthBetween(0, 4),
            integers().between(0, 2))
        .checkAssert((key, value, kind) -> {
          ObjectNode target = JSON.createObjectNode();
          target.putObject("spec").putObject("selector").put("app", "model").put(key, "old");
          ObjectNode patch = JSON.createObjectNode();
          ObjectNode selector = patch.putObject("spec").putObject("selector");
          switch (kind) {
            case 0 -> selector.putNull(key);
            case 1 -> selector.put(key, value);
            default -> selector.putObject(key).put("x", value);
          }
          JsonNode once = JsonMergePatch.apply(target, patch);
          assertEquals(once, JsonMergePatch.apply(once, patch));
          if (kind == 0) {
            assertEquals(!key.equals("app"), once.path("spec").path("selector").has("app"));
            assertEquals(false, once.path("spec").path("selector").has(key));
          }
        });
  }
}
