package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question file far larger than any bank needs is refused before it is read. */
class QuestionBankLimitTest {

  @TempDir Path dir;

  @Test
  void aHugeQuestionFileIsAProblemNamingTheLimit() throws IOException {
    Path huge = dir.resolve("huge.yaml");
    Files.write(huge, new byte[(int) QuestionBank.MAX_FILE_BYTES + 1]);

    InvalidQuestionException error = assertThrows(InvalidQuestionException.class,
        () -> QuestionBank.load(List.of(dir)));

    assertTrue(error.problems().stream().anyMatch(p -> p.source().equals(huge.toString())
        && p.message().contains("more than the " + QuestionBank.MAX_FILE_BYTES)),
        error.problems().toString());
  }
}
