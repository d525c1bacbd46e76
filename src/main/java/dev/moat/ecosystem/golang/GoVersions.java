package dev.moat.ecosystem.golang;

import java.util.Optional;

/** Version strings found in Go binaries, normalised to the form OSV's Go advisories use. */
final class GoVersions {

  private GoVersions() {}

  /**
   * {@code go1.19.8} is stdlib {@code 1.19.8}; {@code go1.21.0 X:boringcrypto} drops the
   * experiments; {@code devel go1.22-abc} has no release version.
   */
  static Optional<String> stdlibVersion(String toolchain) {
    if (!toolchain.startsWith("go1")) {
      return Optional.empty();
    }
    int end = 2;
    while (end < toolchain.length() && " +-".indexOf(toolchain.charAt(end)) < 0) {
      end++;
    }
    return Optional.of(toolchain.substring(2, end));
  }

  /**
   * The main module's version stamped with {@code -X main.version=1.2.3} (or {@code Version}, or a
   * variable of the module's own packages), as Trivy reads it for {@code (devel)} builds.
   */
  static Optional<String> fromLdflags(String ldflags, String modulePath) {
    String[] words = ldflags.replace("'", " ").replace("\"", " ").split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String flag = words[i];
      if ((flag.equals("-X") || flag.equals("--X")) && i + 1 < words.length) {
        flag = words[++i];
      } else if (flag.startsWith("-X=")) {
        flag = flag.substring(3);
      } else {
        continue;
      }
      int eq = flag.indexOf('=');
      int dot = eq < 0 ? -1 : flag.lastIndexOf('.', eq);
      if (dot <= 0) {
        continue;
      }
      String owner = flag.substring(0, dot);
      String variable = flag.substring(dot + 1, eq);
      String value = flag.substring(eq + 1);
      boolean versionVariable = variable.equalsIgnoreCase("version") || variable.equalsIgnoreCase("gitVersion");
      if (versionVariable && !value.isEmpty() && (owner.equals("main") || owner.startsWith(modulePath))) {
        return Optional.of(value.startsWith("v") ? value.substring(1) : value);
      }
    }
    return Optional.empty();
  }
}
