package dev.moat.ecosystem.alpine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApkInstalledAnalyzerTest {

  private final ApkInstalledAnalyzer analyzer = new ApkInstalledAnalyzer();

  @Test
  void acceptsOnlyTheInstalledDatabase() {
    assertThat(analyzer.accepts("/lib/apk/db/installed", 1)).isTrue();
    assertThat(analyzer.accepts("/usr/lib/apk/db/installed", 1)).isTrue();
    assertThat(analyzer.accepts("/lib/apk/db/triggers", 1)).isFalse();
    assertThat(analyzer.accepts("/home/x/lib/apk/db/installed", 1)).isFalse();
    assertThat(analyzer.accepts("/lib/apk/db/installed.old", 1)).isFalse();
  }

  @Test
  void reportsEveryPackageWithAVersion() throws IOException {
    FileFindings findings = analyze();

    List<String> rows = findings.packages().stream()
        .map(p -> String.join("\t", p.name(), p.version(), p.arch().orElseThrow(), p.sourceName().orElseThrow(),
            String.join(" ", p.licenses())))
        .toList();
    assertThat(rows).containsExactlyElementsOf(lines("expected.tsv"));
    assertThat(findings.packages()).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("apk");
      assertThat(p.path()).isEqualTo("/lib/apk/db/installed");
      assertThat(p.sourceVersion()).contains(p.version());
    });
    assertThat(findings.packages()).extracting(Package::name).doesNotContain("invalidPackageWithoutAVersion");
  }

  @Test
  void reportsOwnedFilesAsDirectoryPlusName() throws IOException {
    FileFindings findings = analyze();

    assertThat(findings.ownedFiles()).hasSize(76)
        .contains("/lib/libc.musl-x86_64.so.1", "/lib/ld-musl-x86_64.so.1", "/bin/busybox")
        .allMatch(p -> p.startsWith("/") && !p.startsWith("//"));
  }

  private FileFindings analyze() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("installed")) {
      return analyzer.analyze(new AnalyzedFile("/lib/apk/db/installed", 0, in, Path.of("/nonexistent")));
    }
  }

  private List<String> lines(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
