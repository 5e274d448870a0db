package org.bglab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassFileCallsTest {

  static final class Steady {
    long sum(long[] values) {
      return java.util.Arrays.stream(values).sum() + new java.util.Random(7).nextInt(3);
    }
  }

  static final class Waiting {
    void pause(Object lock) throws InterruptedException {
      lock.wait(10);
    }
  }

  static final class Counting {
    Runnable timer() {
      return System::nanoTime;
    }
  }

  static final class Starting {
    void start() {
      new Thread(() -> { }).start();
    }
  }

  static final class Drawing {
    double draw() {
      return Math.random();
    }
  }

  private static ClassFileCalls read(Class<?> type) throws Exception {
    String name = type.getName().substring(type.getPackageName().length() + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(name)) {
      return ClassFileCalls.read(in.readAllBytes());
    }
  }

  @Test
  void listsTheMethodsAClassCallsAndItsSuperclass() throws Exception {
    ClassFileCalls calls = read(Steady.class);
    assertEquals("java/lang/Object", calls.superclass());
    assertTrue(calls.methods().contains(new ClassFileCalls.Method("java/util/Random", "<init>",
        "(J)V")), calls.methods().toString());
    assertTrue(calls.methods().contains(new ClassFileCalls.Method("java/util/stream/LongStream",
        "sum", "()J")), calls.methods().toString());
    assertEquals(Optional.empty(), UnrepeatableCalls.find(calls), "a seeded Random is steady");
  }

  @Test
  void findsTimedWaitsAndClockReadsBehindMethodReferences() throws Exception {
    assertEquals(Optional.of("Object.wait (it waits for time to pass)"),
        UnrepeatableCalls.find(read(Waiting.class)));
    assertEquals(Optional.of("System.nanoTime (it reads the clock)"),
        UnrepeatableCalls.find(read(Counting.class)));
    assertEquals(Optional.of("Thread.start (it runs code on another thread)"),
        UnrepeatableCalls.find(read(Starting.class)));
    assertEquals(Optional.of("Math.random (it draws unseeded random numbers)"),
        UnrepeatableCalls.find(read(Drawing.class)));
  }

  @Test
  void rejectsBytesThatAreNoClassFile() {
    assertThrows(IllegalArgumentException.class, () -> ClassFileCalls.read(new byte[] {1, 2}));
    assertThrows(IllegalArgumentException.class,
        () -> ClassFileCalls.read(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}));
  }
}
