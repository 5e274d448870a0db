package org.bglab.quiz;

import java.util.Optional;
import java.util.Set;

/**
 * The calls that make what code prints depend on timing or chance: reading the clock, pausing
 * or waiting with a time-out, starting other threads, and drawing unseeded random numbers. Code
 * that makes one cannot prove an output check's key, because another run on another machine, or
 * the same machine under load, may print something else. A class that extends {@code Thread} or
 * {@code TimerTask} counts as starting a thread.
 */
final class UnrepeatableCalls {

  private static final String CLOCK = "reads the clock";
  private static final String PAUSE = "waits for time to pass";
  private static final String THREAD = "runs code on another thread";
  private static final String CHANCE = "draws unseeded random numbers";

  private static final Set<String> EXECUTOR_METHODS = Set.of("execute", "submit", "invokeAll",
      "invokeAny", "schedule", "scheduleAtFixedRate", "scheduleWithFixedDelay", "fork",
      "commonPool");

  private UnrepeatableCalls() {}

  /**
   * The first call of {@code calls} whose result depends on timing or chance, as
   * {@code Thread.sleep (it waits for time to pass)}; empty when there is none.
   */
  static Optional<String> find(ClassFileCalls calls) {
    if (calls.superclass().equals("java/lang/Thread")
        || calls.superclass().equals("java/util/TimerTask")) {
      return Optional.of("a subclass of " + simpleName(calls.superclass()) + " (it " + THREAD
          + ")");
    }
    for (ClassFileCalls.Method method : calls.methods()) {
      String why = why(method);
      if (why != null) {
        return Optional.of(shown(method) + " (it " + why + ")");
      }
    }
    return Optional.empty();
  }

  private static String why(ClassFileCalls.Method m) {
    String owner = m.owner();
    String name = m.name();
    String descriptor = m.descriptor();
    boolean concurrent = owner.startsWith("java/util/concurrent/");
    if (owner.equals("java/lang/System")
        && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
        || owner.startsWith("java/time/") && name.equals("now")
        || owner.equals("java/time/Clock") && name.startsWith("system")
        || owner.equals("java/util/Date") && name.equals("<init>") && descriptor.equals("()V")
        || owner.equals("java/util/Calendar") && name.equals("getInstance")) {
      return CLOCK;
    }
    if (owner.equals("java/lang/Thread") && (name.equals("sleep") || name.equals("join")
            && descriptor.startsWith("(J"))
        || owner.equals("java/lang/Object") && name.equals("wait") && descriptor.startsWith("(J")
        || owner.equals("java/util/concurrent/TimeUnit") && name.matches("sleep|timed.*")
        || owner.equals("java/util/concurrent/locks/LockSupport") && name.startsWith("park")
            && !descriptor.equals("()V") && !descriptor.equals("(Ljava/lang/Object;)V")
        || (concurrent || owner.equals("java/lang/Thread"))
            && !owner.equals("java/util/concurrent/TimeUnit")
            && descriptor.contains("Ljava/util/concurrent/TimeUnit;)")) {
      return PAUSE;
    }
    if (owner.startsWith("java/lang/Thread") && name.matches("start|startVirtualThread")
        || concurrent && (EXECUTOR_METHODS.contains(name) || name.endsWith("Async"))
        || owner.equals("java/util/Timer") && name.startsWith("schedule")
        || name.equals("parallelStream")
        || owner.startsWith("java/util/stream/") && name.equals("parallel")
        || owner.equals("java/util/Arrays") && name.startsWith("parallel")) {
      return THREAD;
    }
    if ((owner.equals("java/lang/Math") || owner.equals("java/lang/StrictMath"))
            && name.equals("random")
        || (owner.equals("java/util/Random") || owner.equals("java/util/SplittableRandom"))
            && name.equals("<init>") && descriptor.equals("()V")
        || owner.equals("java/security/SecureRandom") && name.equals("<init>")
        || owner.equals("java/util/concurrent/ThreadLocalRandom") && name.equals("current")
        || owner.equals("java/util/UUID") && name.equals("randomUUID")
        || owner.equals("java/util/Collections") && name.equals("shuffle")
            && descriptor.equals("(Ljava/util/List;)V")) {
      return CHANCE;
    }
    return null;
  }

  private static String shown(ClassFileCalls.Method method) {
    String owner = simpleName(method.owner());
    return method.name().equals("<init>") ? "new " + owner + "()" : owner + "." + method.name();
  }

  private static String simpleName(String internalName) {
    return internalName.substring(internalName.lastIndexOf('/') + 1).replace('$', '.');
  }
}
