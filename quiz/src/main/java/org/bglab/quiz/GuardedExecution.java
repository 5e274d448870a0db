package org.bglab.quiz;

import java.util.Optional;
import java.util.function.Consumer;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's local execution engine, as used inside the separate JVM that runs a snippet
 * ({@link SnippetHost}), with two guards: every class JShell compiles is inspected before it is
 * loaded, and a snippet that reads the clock, pauses, starts a thread or draws unseeded random
 * numbers is stopped there ({@link UnrepeatableCalls}); and the time the snippet's own code runs
 * is added up, so that a watchdog can stop code that runs past the time limit. Compiling does not
 * count against the limit, so a slow machine does not turn a quick snippet into a hang.
 */
final class GuardedExecution extends LocalExecutionControl {

  private final Consumer<String> unrepeatable;
  private long spentNanos;
  private long enteredAt = -1;

  /**
   * @param unrepeatable told the first unrepeatable call found (it should end the JVM)
   */
  GuardedExecution(Consumer<String> unrepeatable) {
    this.unrepeatable = unrepeatable;
  }

  @Override
  public void load(ClassBytecodes[] classes)
      throws ClassInstallException, NotImplementedException, EngineTerminationException {
    inspect(classes);
    super.load(classes);
  }

  @Override
  public void redefine(ClassBytecodes[] classes)
      throws ClassInstallException, NotImplementedException, EngineTerminationException {
    inspect(classes);
    super.redefine(classes);
  }

  private void inspect(ClassBytecodes[] classes) {
    for (ClassBytecodes compiled : classes) {
      Optional<String> call = UnrepeatableCalls.find(ClassFileCalls.read(compiled.bytecodes()));
      if (call.isPresent()) {
        unrepeatable.accept(call.get());
      }
    }
  }

  @Override
  protected void clientCodeEnter() {
    super.clientCodeEnter();
    synchronized (this) {
      enteredAt = System.nanoTime();
    }
  }

  @Override
  protected void clientCodeLeave() {
    synchronized (this) {
      spentNanos += System.nanoTime() - enteredAt;
      enteredAt = -1;
    }
    super.clientCodeLeave();
  }

  /** How long the snippet's code has run so far, in nanoseconds. */
  synchronized long runningNanos() {
    return spentNanos + (enteredAt < 0 ? 0 : System.nanoTime() - enteredAt);
  }
}
