package dev.moat.ecosystem.golang;

import dev.moat.sbom.Package;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a binary's build information into packages: {@code stdlib} at the toolchain version, the
 * main module, and every {@code dep} line, with {@code =>} replacements applied as the Go tool
 * resolved them. Format: Go's runtime/debug {@code BuildInfo.String}.
 */
final class ModInfoParser {

  private ModInfoParser() {}

  static List<Package> packages(BuildInfo info, String path) {
    String toolchain = info.goVersion().strip();
    Map<String, String> props = toolchain.isEmpty() ? Map.of() : Map.of("go.toolchain", toolchain);
    String packagePath = "";
    Optional<String[]> main = Optional.empty();
    Map<String, String[]> deps = new LinkedHashMap<>();
    String[] last = null;
    String ldflags = "";
    for (String line : info.modInfo().split("\n")) {
      String[] f = line.split("\t");
      switch (f[0]) {
        case "path" -> packagePath = f.length > 1 ? f[1] : "";
        case "mod" -> {
          last = module(f);
          main = Optional.of(last);
        }
        case "dep" -> {
          last = module(f);
          deps.put(last[0], last);
        }
        case "=>" -> {
          if (last != null && f.length > 2 && !f[2].isEmpty()) {
            // a replacement by another module version; a local directory (no version) keeps the original
            String[] replaced = module(f);
            if (main.isPresent() && main.get() == last) {
              main = Optional.of(replaced);
            } else {
              deps.put(last[0], replaced);
            }
          }
        }
        case "build" -> {
          if (f.length > 1 && f[1].startsWith("-ldflags=")) {
            ldflags = f[1].substring("-ldflags=".length());
          }
        }
        default -> { }
      }
    }
    List<Package> packages = new ArrayList<>();
    List<String> depKeys = new ArrayList<>();
    for (String[] dep : deps.values()) {
      Package p = Package.of("golang", dep[0], stripV(dep[1]), path).withProperties(props);
      packages.add(p);
      depKeys.add(p.key());
    }
    Optional<String> stdlib = GoVersions.stdlibVersion(toolchain);
    stdlib.ifPresent(v -> depKeys.add("stdlib@" + v));
    // Debian and other GOPATH builds carry no "mod" line: the package path names the main module
    String mainPath = main.map(m -> m[0]).orElse(packagePath);
    String flags = ldflags;
    if (!mainPath.isEmpty()) {
      String version = main.map(m -> m[1]).filter(v -> !v.equals("(devel)")).map(ModInfoParser::stripV)
          .or(() -> GoVersions.fromLdflags(flags, mainPath))
          .orElse("");
      packages.add(0, Package.of("golang", mainPath, version, path).withProperties(props).withDependsOn(depKeys));
    }
    stdlib.ifPresent(v -> packages.add(Package.of("golang", "stdlib", v, path).withProperties(props)));
    return List.copyOf(packages);
  }

  private static String[] module(String[] fields) {
    return new String[] {fields.length > 1 ? fields[1] : "", fields.length > 2 ? fields[2] : ""};
  }

  /** Go module versions are reported without their {@code v}, as OSV's Go advisories write them. */
  private static String stripV(String version) {
    return version.startsWith("v") ? version.substring(1) : version;
  }
}
