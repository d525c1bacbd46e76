package dev.moat.ecosystem.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoBinaryAnalyzerTest {

  private final GoBinaryAnalyzer analyzer = new GoBinaryAnalyzer();

  static byte[] resource(String name) throws IOException {
    try (InputStream in = GoBinaryAnalyzerTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void acceptsExtensionlessFilesOutsideDataDirectories() {
    assertThat(analyzer.accepts("/usr/local/bin/skopeo", 16_000_000)).isTrue();
    assertThat(analyzer.accepts("/app/server", 9_000_000)).isTrue();
    assertThat(analyzer.accepts("/usr/lib/x86_64-linux-gnu/libc.so.6", 2_000_000)).isFalse();
    assertThat(analyzer.accepts("/usr/share/doc/bash/copyright", 20_000)).isFalse();
    assertThat(analyzer.accepts("/etc/passwd", 20_000)).isFalse();
    assertThat(analyzer.accepts("/usr/bin/tiny", 100)).isFalse();
    assertThat(analyzer.accepts("/usr/bin/huge", GoBinaryAnalyzer.MAX_SIZE + 1)).isFalse();
  }

  @Test
  void readsStdlibAndMainPackageOfADebianBuiltBinary(@TempDir Path tmp) throws IOException {
    byte[] shfmt = resource("shfmt");

    FileFindings findings = analyzer.analyze(new AnalyzedFile("/usr/bin/shfmt", shfmt.length,
        new ByteArrayInputStream(shfmt), tmp));

    assertThat(findings.packages()).extracting(Package::type, Package::name, Package::version, Package::path)
        .containsExactly(
            tuple("golang", "mvdan.cc/sh/v3/cmd/shfmt", "", "/usr/bin/shfmt"),
            tuple("golang", "stdlib", "1.19.8", "/usr/bin/shfmt"));
    assertThat(findings.packages().get(0).properties()).containsEntry("go.toolchain", "go1.19.8");
    assertThat(findings.packages().get(0).dependsOn()).containsExactly("stdlib@1.19.8");
    try (var left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void followsThePointersOfThePre118FormatInA32BitBinary(@TempDir Path tmp) throws IOException {
    try (TarArchiveInputStream tgz = new TarArchiveInputStream(new GzipCompressorInputStream(
        GoBinaryAnalyzerTest.class.getResourceAsStream("esbuild-linux-32-0.13.15.tgz")))) {
      TarArchiveEntry entry = tgz.getNextEntry();
      while (!entry.getName().equals("package/bin/esbuild")) {
        entry = tgz.getNextEntry();
      }

      FileFindings findings = analyzer.analyze(new AnalyzedFile("/app/node_modules/esbuild-linux-32/bin/esbuild",
          entry.getSize(), tgz, tmp));

      assertThat(findings.packages()).extracting(Package::name, Package::version).containsExactly(
          tuple("github.com/evanw/esbuild", ""),
          tuple("golang.org/x/sys", "0.0.0-20210908233432-aa78b53d3365"),
          tuple("stdlib", "1.17.2"));
    }
    try (var left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void rejectsNonElfFilesAfterFourBytes(@TempDir Path tmp) throws IOException {
    byte[] script = "#!/bin/sh\necho go buildinf\n".repeat(400).getBytes();

    assertThat(analyzer.analyze(new AnalyzedFile("/usr/bin/x", script.length, new ByteArrayInputStream(script), tmp)))
        .isEqualTo(FileFindings.NONE);
  }

  @Test
  void recognisesTheGoBuildIdNote() throws IOException {
    byte[] shfmt = resource("shfmt");
    byte[] head = java.util.Arrays.copyOf(shfmt, 64 << 10);

    assertThat(GoBinaryAnalyzer.hasGoBuildIdNote(head)).isTrue();
    assertThat(GoBinaryAnalyzer.hasGoBuildIdNote(new byte[64 << 10])).isFalse();
  }
}
