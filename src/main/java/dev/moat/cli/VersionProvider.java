package dev.moat.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version stamped into the jar manifest at build time. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"moat " + version()};
  }

  /** The version stamped into the jar, {@code dev} when run from classes. */
  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
