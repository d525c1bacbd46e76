package dev.moat.ecosystem.debian;

import dev.moat.analyze.AnalyzedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The real dpkg files under src/test/resources, handed to analyzers as an image would. */
final class DebianTestData {

  private DebianTestData() {}

  static InputStream open(String resource) {
    InputStream in = DebianTestData.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    return in;
  }

  static AnalyzedFile file(String imagePath, String resource) {
    return new AnalyzedFile(imagePath, 0, open(resource), Path.of("/nonexistent"));
  }

  /** dpkg.tsv: Package, Version, source:Package, source:Version, Architecture (dpkg-query). */
  static List<String> truth() {
    try (InputStream in = open("dpkg.tsv")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
