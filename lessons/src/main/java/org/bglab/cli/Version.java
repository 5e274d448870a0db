package org.bglab.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code bglab --version}, read from the jar's manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {text()};
  }

  /** The version line. */
  static String text() {
    String version = Version.class.getPackage().getImplementationVersion();
    return "bglab " + (version == null ? "(development build)" : version);
  }
}
