package dev.moat.vulndb;

import java.util.Locale;

/** Normalises OSV ecosystem and package names so that feeds and scanners meet on one key. */
public final class Ecosystems {
  /** The pseudo-ecosystem of OSV entries that name no package, only a git repository (the name). */
  public static final String GIT = "GIT";

  private Ecosystems() {}

  /**
   * {@code Ubuntu:22.04:LTS} becomes {@code Ubuntu:22.04} and {@code Ubuntu:Pro:16.04:LTS} becomes
   * {@code Ubuntu:Pro:16.04}: OSV marks LTS in the name, a scanned image only knows its version.
   */
  public static String normalise(String ecosystem) {
    String e = ecosystem.strip();
    if (e.startsWith("Ubuntu:") && e.endsWith(":LTS")) {
      return e.substring(0, e.length() - ":LTS".length());
    }
    return e;
  }

  /** PyPI names compare after PEP 503 normalisation; other ecosystems compare exactly. */
  public static String normaliseName(String ecosystem, String name) {
    if (ecosystem.equals("PyPI")) {
      return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }
    return name;
  }
}
