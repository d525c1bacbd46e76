package dev.moat.ecosystem.pypi;

import dev.moat.sbom.Package;
import java.util.Locale;
import java.util.Map;

/**
 * PyPI package names normalised per PEP 503, the form OSV's PyPI ecosystem and pip compare.
 * Packages carry the normalised name; the name as the file declares it is kept in the
 * {@code declaredName} property when it differs ({@code PyYAML} becomes {@code pyyaml}).
 */
final class PypiNames {

  static final String TYPE = "pypi";

  private PypiNames() {}

  /** PEP 503: lowercase, and every run of {@code -}, {@code _} and {@code .} becomes one {@code -}. */
  static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean inSeparator = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' || c == '_' || c == '.') {
        inSeparator = true;
        continue;
      }
      if (inSeparator && !out.isEmpty()) {
        out.append('-');
      }
      inSeparator = false;
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** A package named by its normalised name, remembering the declared one if it differs. */
  static Package pkg(String declaredName, String version, String path) {
    String normalized = normalize(declaredName.strip());
    Package p = Package.of(TYPE, normalized, version.strip(), path);
    return normalized.equals(declaredName) ? p : p.withProperties(Map.of("declaredName", declaredName.strip()));
  }
}
