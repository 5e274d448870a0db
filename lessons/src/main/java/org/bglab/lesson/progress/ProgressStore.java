package org.bglab.lesson.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.bglab.files.AtomicWrite;

/**
 * Keeps {@link Progress} in {@code progress.json} in the state directory. Writes go to a
 * temporary file that is then renamed over the old one, so a crash never leaves half a file. A
 * file that cannot be understood is moved aside as {@code progress.json.corrupt-<time>} with a
 * warning, and the student starts fresh; a file that cannot be read or moved is never
 * overwritten. No method throws: problems become warnings.
 */
public final class ProgressStore {

  /** The file name inside the state directory. */
  public static final String FILE_NAME = "progress.json";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final Path file;
  private final Clock clock;
  private final Consumer<String> warnings;
  private final Set<String> warned = new HashSet<>();
  private boolean keepOffFile;

  /** A store in {@code dir}; {@code warnings} receives one line per problem. */
  public ProgressStore(Path dir, Clock clock, Consumer<String> warnings) {
    this.dir = dir;
    this.file = dir.resolve(FILE_NAME);
    this.clock = clock;
    this.warnings = warnings;
  }

  /** The progress file. */
  public Path file() {
    return file;
  }

  /** The current time as written in the file (ISO-8601, UTC, whole seconds). */
  public String now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The saved progress; empty when there is none or it had to be moved aside. */
  public Progress load() {
    if (!Files.exists(file)) {
      return Progress.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException ex) {
      keepOffFile = true;
      warn("cannot read the progress file " + file + " (" + ex.getMessage()
          + "); it is left as it is and nothing will be saved in this run");
      return Progress.empty();
    }
    try {
      return ProgressJson.read(bytes);
    } catch (IllegalArgumentException ex) {
      moveAside(ex.getMessage());
      return Progress.empty();
    }
  }

  /** Loads the progress, applies {@code change} and saves the result, which it returns. */
  public Progress update(UnaryOperator<Progress> change) {
    Progress changed = change.apply(load());
    save(changed);
    return changed;
  }

  /**
   * Starts over: the progress file is renamed to {@code progress.json.bak} (replacing an older
   * backup) so that a reset by mistake can be undone.
   *
   * @return the backup, or empty when there was nothing to reset
   */
  public Optional<Path> reset() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Path backup = dir.resolve(FILE_NAME + ".bak");
    try {
      Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(backup);
    } catch (IOException ex) {
      throw new IllegalStateException("cannot reset the progress file " + file + ": " + ex, ex);
    }
  }

  private void save(Progress progress) {
    if (keepOffFile) {
      return;
    }
    try {
      AtomicWrite.write(file, ProgressJson.write(progress));
    } catch (IOException | SecurityException ex) {
      warn("cannot save progress to " + file + " (" + AtomicWrite.reason(ex)
          + "); it is kept for this run only");
    }
  }

  private void moveAside(String reason) {
    Path aside = dir.resolve(FILE_NAME + ".corrupt-" + STAMP.format(Instant.now(clock)));
    for (int i = 1; Files.exists(aside); i++) {
      aside = dir.resolve(FILE_NAME + ".corrupt-" + STAMP.format(Instant.now(clock)) + "-" + i);
    }
    try {
      Files.move(file, aside);
      warn("the progress file " + file + " is damaged (" + reason + "); it was moved to "
          + aside + " and progress starts fresh");
    } catch (IOException ex) {
      keepOffFile = true;
      warn("the progress file " + file + " is damaged (" + reason + ") and could not be moved"
          + " aside (" + ex + "); it is left as it is and nothing will be saved in this run");
    }
  }

  private void warn(String message) {
    if (warned.add(message)) {
      warnings.accept(message);
    }
  }
}
