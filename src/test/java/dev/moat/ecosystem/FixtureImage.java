package dev.moat.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Runs analyzers over every regular file of the fixture "app" image (an OCI layout built by
 * src/test/fixtures/make-images.sh), layer by layer, as the engine will, and reads its ground truth.
 */
public final class FixtureImage {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureImage() {}

  /** The fixture directory named by {@code -Dmoat.fixtures}; fails the test when it is missing. */
  public static Path directory() {
    return dev.moat.scan.Fixtures.dir();
  }

  /** The lines of {@code truth/<name>}, split on tabs. */
  public static List<String[]> truth(String name) throws IOException {
    return Files.readAllLines(directory().resolve("truth").resolve(name)).stream()
        .filter(line -> !line.isBlank()).map(line -> line.split("\t")).toList();
  }

  /** What {@code analyzers} find in the files of the image tagged {@code tag}. */
  public static List<Package> analyze(String tag, Path tempDir, FileAnalyzer... analyzers) throws IOException {
    Path oci = directory().resolve("oci");
    JsonNode index = JSON.readTree(oci.resolve("index.json").toFile());
    String manifestDigest = null;
    for (JsonNode m : index.path("manifests")) {
      if (tag.equals(m.path("annotations").path("org.opencontainers.image.ref.name").asText())) {
        manifestDigest = m.path("digest").asText();
      }
    }
    assertThat(manifestDigest).as("image %s in %s", tag, oci).isNotNull();
    JsonNode manifest = JSON.readTree(blob(oci, manifestDigest).toFile());
    List<Package> found = new ArrayList<>();
    for (JsonNode layer : manifest.path("layers")) {
      try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
          Files.newInputStream(blob(oci, layer.path("digest").asText()))))) {
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
          if (entry.isFile()) {
            found.addAll(analyzeFile(tar, "/" + entry.getName().replaceFirst("^\\./", ""), entry.getSize(),
                tempDir, analyzers));
          }
        }
      }
    }
    return found;
  }

  private static List<Package> analyzeFile(InputStream tar, String path, long size, Path tempDir,
      FileAnalyzer[] analyzers) throws IOException {
    List<FileAnalyzer> accepting = new ArrayList<>();
    for (FileAnalyzer analyzer : analyzers) {
      if (analyzer.accepts(path, size)) {
        accepting.add(analyzer);
      }
    }
    List<Package> found = new ArrayList<>();
    byte[] buffered = accepting.size() > 1 ? tar.readAllBytes() : null;
    for (FileAnalyzer analyzer : accepting) {
      InputStream content = buffered != null ? new ByteArrayInputStream(buffered) : new FilterInputStream(tar) {
        @Override
        public void close() {}
      };
      found.addAll(analyzer.analyze(new AnalyzedFile(path, size, content, tempDir)).packages());
    }
    return found;
  }

  private static Path blob(Path oci, String digest) {
    return oci.resolve("blobs").resolve(digest.replace(':', '/'));
  }
}
