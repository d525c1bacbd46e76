package dev.moat.ecosystem.debian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DpkgStatusParserTest {

  @Test
  void matchesDpkgQueryOnARealStatusFile() throws IOException {
    List<Package> packages = new DpkgStatusParser(true).parse(DebianTestData.open("status"), "/var/lib/dpkg/status");

    List<String> rows = packages.stream().map(DpkgStatusParserTest::row).sorted().toList();
    assertThat(rows).containsExactlyElementsOf(DebianTestData.truth());
  }

  @Test
  void skipsPackagesThatAreNotInstalled() throws IOException {
    List<Package> packages = new DpkgStatusParser(true)
        .parse(DebianTestData.open("status-adduser-removed"), "/var/lib/dpkg/status");

    assertThat(packages).extracting(Package::name).doesNotContain("adduser").hasSize(87);
  }

  @Test
  void acceptsStanzasWithoutStatusOnlyWhenToldTo() throws IOException {
    byte[] libc6 = DebianTestData.open("status.d/libc6").readAllBytes();

    assertThat(new DpkgStatusParser(true).parse(new ByteArrayInputStream(libc6), "x")).isEmpty();
    assertThat(new DpkgStatusParser(false).parse(new ByteArrayInputStream(libc6), "x"))
        .singleElement().satisfies(p -> {
          assertThat(p.name()).isEqualTo("libc6");
          assertThat(p.sourceName()).contains("glibc");
          assertThat(p.sourceVersion()).contains(p.version());
        });
  }

  @Test
  void toleratesAMissingFinalNewlineAndCrLf() throws IOException {
    String text = "Package: zlib1g\r\nStatus: install ok installed\r\nVersion: 1:1.2.13.dfsg-1\r\n"
        + "Architecture: amd64\r\nSource: zlib";
    List<Package> packages = new DpkgStatusParser(true)
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x");

    assertThat(packages).singleElement().satisfies(p -> {
      assertThat(p.version()).isEqualTo("1:1.2.13.dfsg-1");
      assertThat(p.arch()).contains("amd64");
      assertThat(p.sourceName()).contains("zlib");
    });
  }

  private static String row(Package p) {
    return String.join("\t", p.name(), p.version(), p.sourceName().orElseThrow(), p.sourceVersion().orElseThrow(),
        p.arch().orElseThrow());
  }
}
