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
import java.util.List;
import java.util.Optional;

/**
 * Installed Python distributions: {@code *.dist-info/METADATA}, {@code *.egg-info/PKG-INFO} and
 * the single-file {@code *.egg-info} written by distutils. All use the core metadata header format
 * (RFC 822 style, https://packaging.python.org/specifications/core-metadata/).
 */
public final class PythonMetadataAnalyzer implements FileAnalyzer {

  private static final long MAX_SIZE = 4L << 20;
  private static final String CLASSIFIER_LICENSE = "License :: ";

  @Override
  public String name() {
    return "python-metadata";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE
        && (path.endsWith(".dist-info/METADATA") || path.endsWith(".egg-info/PKG-INFO") || path.endsWith(".egg-info"));
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    String name = null;
    String version = null;
    String licenseExpression = null;
    String license = null;
    List<String> classifierLicenses = new ArrayList<>();
    var reader = new BufferedReader(new InputStreamReader(file.content(), StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
      if (Character.isWhitespace(line.charAt(0))) {
        continue; // continuation of a multi-line header such as License
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "Name" -> name = value;
        case "Version" -> version = value;
        case "License-Expression" -> licenseExpression = value;
        case "License" -> license = value;
        case "Classifier" -> classifierLicense(value).ifPresent(classifierLicenses::add);
        default -> { }
      }
    }
    if (name == null || version == null || name.isEmpty() || version.isEmpty()) {
      return FileFindings.NONE;
    }
    Package pkg = PypiNames.pkg(name, version, file.path());
    return FileFindings.packages(List.of(pkg.withLicenses(licenses(licenseExpression, license, classifierLicenses))));
  }

  private static List<String> licenses(String expression, String license, List<String> classifiers) {
    if (expression != null && !expression.isEmpty()) {
      return List.of(expression);
    }
    if (license != null && !license.isEmpty() && !license.equalsIgnoreCase("UNKNOWN")) {
      return List.of(license);
    }
    return classifiers;
  }

  /** {@code License :: OSI Approved :: MIT License} names {@code MIT License}. */
  private static Optional<String> classifierLicense(String classifier) {
    if (!classifier.startsWith(CLASSIFIER_LICENSE)) {
      return Optional.empty();
    }
    String last = classifier.substring(classifier.lastIndexOf("::") + 2).strip();
    return last.equals("OSI Approved") ? Optional.empty() : Optional.of(last);
  }
}
