package dev.moat.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version stamped into the jar manifest at build time. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"moat " + (version == null ? "dev" : version)};
  }
}
