package dev.moat.ecosystem.rubygems;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bundler's {@code Gemfile.lock}: the gems of the {@code GEM} section's {@code specs:} (those
 * from rubygems.org or another gem server) with their dependencies. {@code GIT} and {@code PATH}
 * gems are not reported: their versions are those of a checkout, not of a published gem.
 * A gem locked for several platforms ({@code nokogiri (1.13.10-x86_64-linux)}) is one package whose
 * {@code platforms} property lists them ({@code ruby} for the plain gem).
 */
public final class GemfileLockAnalyzer implements FileAnalyzer {

  private static final long MAX_SIZE = 8L << 20;
  private static final String GEM_INDENT = "    ";
  private static final String DEP_INDENT = "      ";
  private static final String RUBY = "ruby";

  @Override
  public String name() {
    return "gemfile-lock";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith("/Gemfile.lock");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    Map<String, Gem> gems = new LinkedHashMap<>();
    var reader = new BufferedReader(new InputStreamReader(file.content(), StandardCharsets.UTF_8));
    String section = "";
    boolean inSpecs = false;
    Gem current = null;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith(" ")) {
        section = line.strip();
        inSpecs = false;
        continue;
      }
      if (!section.equals("GEM") || line.length() <= GEM_INDENT.length()) {
        continue;
      }
      if (line.strip().equals("specs:")) {
        inSpecs = true;
      } else if (inSpecs && line.startsWith(DEP_INDENT) && current != null) {
        current.dependencies().add(nameOf(line.strip()));
      } else if (inSpecs && line.startsWith(GEM_INDENT) && line.charAt(GEM_INDENT.length()) != ' ') {
        Gem parsed = gem(line.strip());
        current = gems.computeIfAbsent(parsed.name(), n -> parsed);
        if (!current.platforms().contains(parsed.platforms().getFirst())) {
          current.platforms().add(parsed.platforms().getFirst());
        }
      }
    }
    Map<String, String> versionByName = new HashMap<>();
    gems.values().forEach(g -> versionByName.put(g.name(), g.version()));
    List<Package> packages = new ArrayList<>();
    for (Gem gem : gems.values()) {
      if (gem.version().isEmpty()) {
        continue;
      }
      List<String> dependsOn = new ArrayList<>();
      for (String dep : gem.dependencies().stream().distinct().toList()) {
        String version = versionByName.get(dep);
        if (version != null) { // bundler itself and default gems are not locked
          dependsOn.add(dep + "@" + version);
        }
      }
      Package pkg = Package.of(GemspecAnalyzer.TYPE, gem.name(), gem.version(), file.path()).withDependsOn(dependsOn);
      boolean plainOnly = gem.platforms().equals(List.of(RUBY));
      packages.add(plainOnly ? pkg : pkg.withProperties(Map.of("platforms", String.join(",", gem.platforms()))));
    }
    return FileFindings.packages(packages);
  }

  private record Gem(String name, String version, List<String> platforms, List<String> dependencies) {}

  /** {@code name (version[-platform])}; gem versions never contain {@code -}, platforms follow it. */
  private static Gem gem(String spec) {
    int open = spec.indexOf(" (");
    if (open < 0 || !spec.endsWith(")")) {
      return new Gem(spec, "", new ArrayList<>(List.of(RUBY)), new ArrayList<>());
    }
    String full = spec.substring(open + 2, spec.length() - 1);
    int dash = full.indexOf('-');
    String version = dash < 0 ? full : full.substring(0, dash);
    String platform = dash < 0 ? RUBY : full.substring(dash + 1);
    return new Gem(spec.substring(0, open), version, new ArrayList<>(List.of(platform)), new ArrayList<>());
  }

  private static String nameOf(String dependency) {
    int open = dependency.indexOf(" (");
    return open < 0 ? dependency : dependency.substring(0, open);
  }
}
