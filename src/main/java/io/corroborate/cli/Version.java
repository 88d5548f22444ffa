package io.corroborate.cli;

import picocli.CommandLine;

/** The version from the jar manifest ("dev" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"corroborate " + (version == null ? "dev" : version)};
  }
}
