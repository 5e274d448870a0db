package org.bglab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bglab.coursework.StudentRepository;
import org.bglab.simulator.input.InputError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bglab coursework}: material for courses. */
@Command(
    name = "coursework",
    mixinStandardHelpOptions = true,
    description = "Material for courses that use the simulator.",
    subcommands = CourseworkCommand.Init.class)
public final class CourseworkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** {@code bglab coursework init DIR}: writes the repository students get. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = {
        "Write a standalone Maven project for students into DIR: exercise 1 (complete a"
            + " newest-first switch), exercise 2 (write properties of the batched switch), the"
            + " example properties, a grading command that prints JSON and a GitHub Classroom"
            + " workflow. The simulator ships inside it, in repo/; no solution and no faulty"
            + " version is in it as source.",
        "Exit codes: 0 written, 2 DIR exists and is not empty, or cannot be written."
      })
  static final class Init implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
        description = "A new or empty folder to write the repository into.")
    Path directory;

    @Override
    public Integer call() {
      SortedMap<String, byte[]> files = StudentRepository.files();
      writeAtomically(directory, files);
      PrintWriter out = spec.commandLine().getOut();
      out.println("Wrote a coursework repository for students to " + directory
          + " (" + files.size() + " files):");
      out.println("  exercise 1  src/test/java/org/bglab/coursework/exercise/NewestFirstSwitch.java");
      out.println("  exercise 2  src/test/java/org/bglab/coursework/properties/"
          + "BatchedSwitchProperties.java");
      out.println("  examples    src/test/java/org/bglab/coursework/examples/");
      out.println("  grading     mvn -q test -Pgrade (JSON); .github/workflows/classroom.yml");
      out.println("  simulator   repo/ (a file-based Maven repository, with the compiled faulty"
          + " versions of exercise 2)");
      out.println("Next: cd " + directory + " && mvn test   (see its README.md)");
      out.flush();
      return ExitCodes.OK;
    }

    /**
     * Writes every file into a new folder next to {@code target}, then renames it to
     * {@code target}: a reader sees no repository or the whole of it.
     */
    private static void writeAtomically(Path target, SortedMap<String, byte[]> files) {
      Path absolute = target.toAbsolutePath().normalize();
      if (Files.exists(absolute) && !isEmptyDirectory(absolute)) {
        throw new InputError("DIR: " + target + " exists and is not an empty folder;"
            + " give a new folder");
      }
      Path parent = absolute.getParent();
      Path temporary = null;
      try {
        Files.createDirectories(parent);
        temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          Path path = temporary.resolve(file.getKey());
          Files.createDirectories(path.getParent());
          Files.write(path, file.getValue());
        }
        Files.deleteIfExists(absolute);
        try {
          Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
          Files.move(temporary, absolute);
        }
      } catch (DirectoryNotEmptyException | FileAlreadyExistsException ex) {
        deleteTree(temporary);
        throw new InputError("DIR: " + target + " was filled while bglab wrote it; give a new"
            + " folder");
      } catch (IOException | SecurityException ex) {
        deleteTree(temporary);
        throw new InputError("DIR: cannot write " + target + " (" + ex.getMessage() + ")");
      }
    }

    private static boolean isEmptyDirectory(Path path) {
      if (!Files.isDirectory(path)) {
        return false;
      }
      try (Stream<Path> entries = Files.list(path)) {
        return entries.findAny().isEmpty();
      } catch (IOException ex) {
        return false;
      }
    }

    private static void deleteTree(Path root) {
      if (root == null) {
        return;
      }
      try (Stream<Path> paths = Files.walk(root)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException ex) {
        // best effort: a leftover hidden temporary folder is harmless
      }
    }
  }
}
