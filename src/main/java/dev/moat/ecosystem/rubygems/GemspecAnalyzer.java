package dev.moat.ecosystem.rubygems;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installed gems: the {@code specifications/*.gemspec} files RubyGems writes on install. The
 * file is Ruby, not data, so it is not evaluated: the name and version come from the
 * {@code s.name = "..."} and {@code s.version = "..."} assignments RubyGems generates, else from
 * the {@code # stub: NAME VERSION} comment or a {@code Gem::Specification.new "NAME", "VERSION"} header.
 */
public final class GemspecAnalyzer implements FileAnalyzer {

  static final String TYPE = "gem";
  private static final long MAX_SIZE = 1L << 20;
  private static final String SPEC_DIR = "/specifications/";
  private static final String STRING = "[\"']([^\"']+)[\"']";
  private static final Pattern NAME = Pattern.compile("^\\s*\\w+\\.name\\s*=\\s*" + STRING, Pattern.MULTILINE);
  private static final Pattern VERSION = Pattern.compile(
      "^\\s*\\w+\\.version\\s*=\\s*(?:Gem::Version\\.new\\(\\s*)?" + STRING, Pattern.MULTILINE);
  private static final Pattern STUB = Pattern.compile("^# stub: (\\S+) (\\S+)", Pattern.MULTILINE);
  private static final Pattern HEADER = Pattern.compile(
      "Gem::Specification\\.new\\s*\\(?\\s*" + STRING + "\\s*,\\s*" + STRING);
  private static final Pattern LICENSES = Pattern.compile(
      "^\\s*\\w+\\.licenses?\\s*=\\s*\\[?([^\\]\\n]*)", Pattern.MULTILINE);
  private static final Pattern QUOTED = Pattern.compile(STRING);

  @Override
  public String name() {
    return "gemspec";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    if (size > MAX_SIZE || !path.endsWith(".gemspec")) {
      return false;
    }
    int slash = path.lastIndexOf('/');
    return slash >= SPEC_DIR.length() - 1 && path.startsWith(SPEC_DIR, slash - SPEC_DIR.length() + 1);
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    // ISO-8859-1 maps every byte, so a gemspec with stray non-UTF-8 bytes still reads
    String text = new String(file.content().readAllBytes(), StandardCharsets.ISO_8859_1);
    String name = first(NAME, text, 1);
    String version = first(VERSION, text, 1);
    if (name == null || version == null) {
      name = first(HEADER, text, 1);
      version = first(HEADER, text, 2);
    }
    if (name == null || version == null) {
      name = first(STUB, text, 1);
      version = first(STUB, text, 2);
    }
    if (name == null || version == null) {
      return FileFindings.NONE;
    }
    return FileFindings.packages(List.of(Package.of(TYPE, name, version, file.path()).withLicenses(licenses(text))));
  }

  private static List<String> licenses(String text) {
    List<String> licenses = new ArrayList<>();
    Matcher line = LICENSES.matcher(text);
    if (line.find()) {
      Matcher quoted = QUOTED.matcher(line.group(1));
      while (quoted.find()) {
        licenses.add(quoted.group(1));
      }
    }
    return licenses;
  }

  private static String first(Pattern pattern, String text, int group) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(group) : null;
  }
}
