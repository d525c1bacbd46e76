package dev.moat.ecosystem.npm;

import dev.moat.sbom.Package;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads yarn.lock, both Yarn Classic's own format ({@code version "1.2.3"}) and Yarn Berry's YAML
 * ({@code version: 1.2.3}), with one line reader: each entry is a list of descriptors
 * ({@code name@range}) at column 0 followed by indented fields. Workspace and other soft-linked
 * entries are the project's own code and are left out. yarn.lock does not mark dev dependencies,
 * so all packages are reported (Trivy needs the package.json next to it to tell them apart).
 */
final class YarnLockParser {

  private static final int MAX_LINE = 1 << 16;

  private YarnLockParser() {}

  private static final class Entry {
    final List<String> descriptors = new ArrayList<>();
    String version = "";
    boolean soft;
    final List<String[]> dependencies = new ArrayList<>();
  }

  static List<Package> parse(BufferedReader reader, String path) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Entry current = null;
    boolean inDependencies = false;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.length() > MAX_LINE) {
        throw new IOException("yarn.lock line longer than " + MAX_LINE + " characters");
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int indent = indentOf(line);
      String text = line.strip();
      if (indent == 0) {
        current = null;
        inDependencies = false;
        if (text.endsWith(":") && !text.startsWith("__metadata")) {
          current = new Entry();
          for (String descriptor : text.substring(0, text.length() - 1).split(",")) {
            // Classic quotes each descriptor, Berry the whole list: drop quotes either way
            current.descriptors.add(descriptor.replace("\"", "").strip());
          }
          entries.add(current);
        }
      } else if (current != null && indent == 2) {
        String[] field = field(text);
        inDependencies = field[1].isEmpty()
            && (field[0].equals("dependencies") || field[0].equals("optionalDependencies"));
        switch (field[0]) {
          case "version" -> current.version = field[1];
          case "linkType" -> current.soft = field[1].equals("soft");
          default -> { }
        }
      } else if (current != null && indent == 4 && inDependencies) {
        current.dependencies.add(field(text));
      }
    }
    return resolve(entries, path);
  }

  private static List<Package> resolve(List<Entry> entries, String path) {
    Map<String, String> byDescriptor = new HashMap<>();
    for (Entry entry : entries) {
      for (String descriptor : entry.descriptors) {
        byDescriptor.put(descriptor, nameOf(descriptor) + "@" + entry.version);
      }
    }
    LockPackages packages = new LockPackages(path);
    for (Entry entry : entries) {
      String name = nameOf(entry.descriptors.get(0));
      if (entry.soft || entry.version.isEmpty() || name.isEmpty() || isLocal(entry.descriptors.get(0))) {
        continue;
      }
      List<String> deps = new ArrayList<>();
      for (String[] dep : entry.dependencies) {
        // Classic and Berry 2/3 write bare ranges, Berry 4 the protocol too: try both
        String key = byDescriptor.get(dep[0] + "@" + dep[1]);
        if (key == null) {
          key = byDescriptor.get(dep[0] + "@npm:" + dep[1]);
        }
        if (key != null) {
          deps.add(key);
        }
      }
      packages.add(name, entry.version, List.of(), deps);
    }
    return packages.build();
  }

  /** {@code @babel/core@npm:^7.0.0} is {@code @babel/core}: the name ends at the first {@code @} after its start. */
  static String nameOf(String descriptor) {
    int at = descriptor.indexOf('@', 1);
    return at < 0 ? descriptor : descriptor.substring(0, at);
  }

  private static boolean isLocal(String descriptor) {
    String range = descriptor.substring(nameOf(descriptor).length());
    return range.startsWith("@workspace:") || range.startsWith("@link:") || range.startsWith("@portal:")
        || range.startsWith("@file:");
  }

  /** {@code key value}, {@code key "value"} (Classic) or {@code key: value} (Berry), keys possibly quoted. */
  private static String[] field(String text) {
    String key;
    String rest;
    if (text.startsWith("\"")) {
      int close = text.indexOf('"', 1);
      key = close < 0 ? text.substring(1) : text.substring(1, close);
      rest = close < 0 ? "" : text.substring(close + 1);
    } else {
      int end = 0;
      while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != ':') {
        end++;
      }
      key = text.substring(0, end);
      rest = text.substring(end);
    }
    if (rest.startsWith(":")) {
      rest = rest.substring(1);
    }
    return new String[] {key, unquote(rest.strip())};
  }

  private static String unquote(String text) {
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
