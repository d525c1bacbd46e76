package dev.moat.ecosystem.pypi;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pip requirements files ({@code requirements*.txt}). Only exactly pinned lines ({@code name==1.2}
 * or {@code name===1.2}) name a version; ranges, options ({@code -r}, {@code --hash}), URLs and
 * comments are skipped. An environment marker after {@code ;} is ignored, so a name pinned twice
 * under different markers is reported once per version.
 */
public final class RequirementsAnalyzer implements FileAnalyzer {

  private static final long MAX_SIZE = 4L << 20;
  private static final String PREFIX = "requirements";
  private static final Pattern PINNED = Pattern.compile(
      "([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[[^\\]]*\\])?\\s*===?\\s*([A-Za-z0-9!+._-]+)");

  @Override
  public String name() {
    return "pip-requirements";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith(".txt") && path.startsWith(PREFIX, path.lastIndexOf('/') + 1);
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    Map<String, Package> found = new LinkedHashMap<>();
    var reader = new BufferedReader(new InputStreamReader(file.content(), StandardCharsets.UTF_8));
    StringBuilder logical = new StringBuilder();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.endsWith("\\")) { // a backslash joins the next line, as pip does
        logical.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      logical.append(line);
      pinned(logical.toString(), file.path()).ifPresent(p -> found.putIfAbsent(p.key(), p));
      logical.setLength(0);
    }
    return FileFindings.packages(new ArrayList<>(found.values()));
  }

  private static Optional<Package> pinned(String line, String path) {
    String requirement = cut(cut(line, " #"), ";").strip(); // comments, then environment markers
    if (requirement.isEmpty() || requirement.startsWith("#") || requirement.startsWith("-")) {
      return Optional.empty();
    }
    int option = requirement.indexOf(" -"); // per-requirement options such as --hash
    if (option >= 0) {
      requirement = requirement.substring(0, option).strip();
    }
    Matcher m = PINNED.matcher(requirement);
    if (!m.matches() || m.group(2).contains("*")) {
      return Optional.empty();
    }
    return Optional.of(PypiNames.pkg(m.group(1), m.group(2), path));
  }

  private static String cut(String s, String marker) {
    int i = s.indexOf(marker);
    return i < 0 ? s : s.substring(0, i);
  }
}
