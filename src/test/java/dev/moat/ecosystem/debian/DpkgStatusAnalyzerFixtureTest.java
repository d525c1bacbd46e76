package dev.moat.ecosystem.debian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileFindings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the dpkg analyzers on the Debian root that src/test/fixtures/make-images.sh builds, against
 * the dpkg-query listing it writes next to it. Needs {@code -Dmoat.fixtures=DIR}.
 */
class DpkgStatusAnalyzerFixtureTest {

  private static Path fixtures() {
    String dir = System.getProperty("moat.fixtures", "");
    Path path = Path.of(dir);
    assertThat(path.resolve("rootfs-base")).as("fixture directory (-Dmoat.fixtures) %s", dir).isDirectory();
    return path;
  }

  @Test
  void statusMatchesDpkgQuery() throws IOException {
    Path fixtures = fixtures();
    Path status = fixtures.resolve("rootfs-base/var/lib/dpkg/status");
    FileFindings findings;
    try (InputStream in = Files.newInputStream(status)) {
      findings = new DpkgStatusAnalyzer().analyze(
          new AnalyzedFile("/var/lib/dpkg/status", Files.size(status), in, fixtures));
    }

    List<String> rows = findings.packages().stream()
        .map(p -> String.join("\t", p.name(), p.version(), p.sourceName().orElseThrow(),
            p.sourceVersion().orElseThrow(), p.arch().orElseThrow()))
        .sorted().toList();
    assertThat(rows).containsExactlyElementsOf(Files.readAllLines(fixtures.resolve("truth/dpkg.tsv")));
  }

  @Test
  void everyListFileOfTheRootIsRead() throws IOException {
    Path info = fixtures().resolve("rootfs-base/var/lib/dpkg/info");
    var analyzer = new DpkgFileListAnalyzer();
    int lists = 0;
    try (var files = Files.list(info)) {
      for (Path list : files.filter(p -> p.toString().endsWith(".list")).toList()) {
        String imagePath = "/var/lib/dpkg/info/" + list.getFileName();
        assertThat(analyzer.accepts(imagePath, Files.size(list))).as(imagePath).isTrue();
        try (InputStream in = Files.newInputStream(list)) {
          assertThat(analyzer.analyze(new AnalyzedFile(imagePath, Files.size(list), in, info)).ownedFiles())
              .as(imagePath).isNotEmpty();
        }
        lists++;
      }
    }
    assertThat(lists).isEqualTo(Files.readAllLines(fixtures().resolve("truth/dpkg.tsv")).size());
  }
}
