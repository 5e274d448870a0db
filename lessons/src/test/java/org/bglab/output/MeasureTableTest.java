package org.bglab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's field table is the catalogue of measures, row for row. */
class MeasureTableTest {

  @Test
  void theReadmeShowsTheCatalogueOfMeasures() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int begin = readme.indexOf(MeasureTable.BEGIN);
    int end = readme.indexOf(MeasureTable.END);
    assertTrue(begin >= 0 && end > begin, "README.md has no generated table of measures");
    String shown = readme.substring(begin + MeasureTable.BEGIN.length() + 1, end);
    // the table as it should be, to paste between the markers when a measure is added
    Files.writeString(Path.of("target", "measure-table.md"), MeasureTable.markdown());
    assertEquals(MeasureTable.markdown(), shown, "README.md's table of measures is out of date;"
        + " replace it with lessons/target/measure-table.md");
  }
}
