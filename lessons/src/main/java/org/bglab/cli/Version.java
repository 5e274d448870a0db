package org.bglab.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code bglab --version}, read from the jar's manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"bglab " + (version == null ? "(development build)" : version)};
  }
}
