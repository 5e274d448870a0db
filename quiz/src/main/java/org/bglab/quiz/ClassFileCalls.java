package org.bglab.quiz;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one compiled class refers to: the methods it calls (every method reference in its
 * constant pool, including those behind method references and lambdas) and its superclass. Read
 * straight from the class file bytes, with the JDK only, so that the separate JVM that runs a
 * snippet can inspect each class JShell compiles before it runs.
 *
 * @param superclass the internal name of the superclass, e.g. {@code java/lang/Thread}
 * @param methods every method the class refers to
 */
record ClassFileCalls(String superclass, List<Method> methods) {

  /**
   * A method a class refers to.
   *
   * @param owner the internal name of the class named at the call, e.g. {@code java/lang/System}
   * @param name the method's name, {@code <init>} for a constructor
   * @param descriptor its JVM descriptor, e.g. {@code (J)V}
   */
  record Method(String owner, String name, String descriptor) {}

  /** Defensive copy. */
  ClassFileCalls {
    methods = List.copyOf(methods);
  }

  private static final int UTF8 = 1;
  private static final int CLASS = 7;
  private static final int METHOD_REF = 10;
  private static final int INTERFACE_METHOD_REF = 11;
  private static final int NAME_AND_TYPE = 12;

  /**
   * Reads the constant pool of {@code classFile}.
   *
   * @throws IllegalArgumentException when the bytes are not a class file
   */
  static ClassFileCalls read(byte[] classFile) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      int[] tags = new int[count];
      int[] first = new int[count];
      int[] second = new int[count];
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        tags[i] = in.readUnsignedByte();
        switch (tags[i]) {
          case UTF8 -> utf8[i] = in.readUTF();
          case CLASS, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          case 9, METHOD_REF, INTERFACE_METHOD_REF, NAME_AND_TYPE, 17, 18 -> {
            first[i] = in.readUnsignedShort();
            second[i] = in.readUnsignedShort();
          }
          case 15 -> {
            in.readUnsignedByte();
            first[i] = in.readUnsignedShort();
          }
          default -> throw new IllegalArgumentException("unknown constant tag " + tags[i]);
        }
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int superIndex = in.readUnsignedShort();
      List<Method> methods = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        if (tags[i] == METHOD_REF || tags[i] == INTERFACE_METHOD_REF) {
          int nameAndType = second[i];
          methods.add(new Method(utf8[first[first[i]]], utf8[first[nameAndType]],
              utf8[second[nameAndType]]));
        }
      }
      return new ClassFileCalls(superIndex == 0 ? "" : utf8[first[superIndex]], methods);
    } catch (IOException | ArrayIndexOutOfBoundsException ex) {
      throw new IllegalArgumentException("not a readable class file: " + ex.getMessage(), ex);
    }
  }
}
