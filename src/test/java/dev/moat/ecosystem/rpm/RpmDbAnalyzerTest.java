package dev.moat.ecosystem.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RpmDbAnalyzerTest {

  private final RpmDbAnalyzer analyzer = new RpmDbAnalyzer();

  @TempDir Path tempDir;

  @Test
  void acceptsTheThreeDatabaseFormatsInBothLocations() {
    assertThat(analyzer.accepts("/var/lib/rpm/Packages", 100)).isTrue();
    assertThat(analyzer.accepts("/var/lib/rpm/Packages.db", 100)).isTrue();
    assertThat(analyzer.accepts("/var/lib/rpm/rpmdb.sqlite", 100)).isTrue();
    assertThat(analyzer.accepts("/usr/lib/sysimage/rpm/Packages.db", 100)).isTrue();
    assertThat(analyzer.accepts("/usr/lib/sysimage/rpm/rpmdb.sqlite", 100)).isTrue();
    assertThat(analyzer.accepts("/var/lib/rpm/Name", 100)).isFalse();
    assertThat(analyzer.accepts("/var/lib/rpm/rpmdb.sqlite-wal", 100)).isFalse();
    assertThat(analyzer.accepts("/var/lib/rpm/Packages.dbx", 100)).isFalse();
    assertThat(analyzer.accepts("/opt/var/lib/rpm/Packages", 100)).isFalse();
    assertThat(analyzer.accepts("/usr/bin/rpm", 100)).isFalse();
    assertThat(analyzer.accepts("/var/lib/rpm/Packages", RpmDbAnalyzer.MAX_BYTES + 1)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "/var/lib/rpm/rpmdb.sqlite, cbl-mariner-2.0/rpmdb.sqlite, cbl-mariner-2.0/expected.tsv",
    "/var/lib/rpm/Packages, libuuid-bdb/Packages, libuuid-bdb/expected.tsv",
    "/usr/lib/sysimage/rpm/Packages.db, sle15-bci-ndb/Packages.db, sle15-bci-ndb/expected.tsv",
  })
  void reportsWhatRpmItselfLists(String imagePath, String db, String expected) throws IOException {
    FileFindings findings = analyze(imagePath, db);

    List<String> expectedRows = RpmTestData.lines(expected).stream().sorted().toList();
    // Some oracles give fewer columns (NDB: name, EVR, arch); compare as many as they give.
    int columns = expectedRows.get(0).split("\t").length;
    List<String> rows = findings.packages().stream().map(p -> row(p, columns)).sorted().toList();
    assertThat(rows).containsExactlyElementsOf(expectedRows);
    assertThat(findings.packages()).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("rpm");
      assertThat(p.path()).isEqualTo(imagePath);
    });
    assertThat(findings.os()).isEmpty();
  }

  @Test
  void sourceVersionCarriesTheBinaryEpoch() throws IOException {
    Package base = analyze("/var/lib/rpm/rpmdb.sqlite", RpmTestData.MARINER_SQLITE).packages().stream()
        .filter(p -> p.name().equals("ca-certificates-base")).findFirst().orElseThrow();

    assertThat(base.version()).isEqualTo("1:2.0.0-1.cm2");
    assertThat(base.sourceName()).contains("ca-certificates");
    assertThat(base.sourceVersion()).contains("1:2.0.0-1.cm2");
  }

  @Test
  void reportsOwnedFilesAsRpmListsThem() throws IOException {
    FileFindings libuuid = analyze("/var/lib/rpm/Packages", RpmTestData.LIBUUID_BDB);
    assertThat(libuuid.ownedFiles()).containsExactlyInAnyOrderElementsOf(
        RpmTestData.lines("libuuid-bdb/expected-files.txt"));

    FileFindings mariner = analyze("/var/lib/rpm/rpmdb.sqlite", RpmTestData.MARINER_SQLITE);
    assertThat(mariner.ownedFiles()).containsAll(RpmTestData.lines("cbl-mariner-2.0/expected-bash-files.txt"));
    // rpm -qla on this database lists 7047 distinct paths (SOURCE.md).
    assertThat(new HashSet<>(mariner.ownedFiles())).hasSize(7047);
  }

  @Test
  void removesItsCopyOfTheDatabase() throws IOException {
    analyze("/var/lib/rpm/Packages.db", RpmTestData.SLE_NDB);

    try (var left = Files.list(tempDir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aFileThatIsNoDatabaseIsAnIoException() {
    InputStream junk = new ByteArrayInputStream("not a database at all".repeat(100).getBytes());
    for (String path : Set.of("/var/lib/rpm/Packages", "/var/lib/rpm/Packages.db", "/var/lib/rpm/rpmdb.sqlite")) {
      assertThatThrownBy(() -> analyzer.analyze(new AnalyzedFile(path, 2100, junk, tempDir)))
          .as(path).isInstanceOf(IOException.class);
    }
  }

  private FileFindings analyze(String imagePath, String resource) throws IOException {
    AnalyzedFile file = RpmTestData.analyzedFile(imagePath, resource, tempDir);
    try (InputStream in = file.content()) {
      return analyzer.analyze(file);
    }
  }

  /** The row format of expected.tsv: name, EVR, arch, source rpm, license. */
  private static String row(Package p, int columns) {
    String sourceVersion = p.sourceVersion().orElseThrow();
    String withoutEpoch = sourceVersion.substring(sourceVersion.indexOf(':') + 1);
    List<String> all = List.of(p.name(), p.version(), p.arch().orElse(""),
        p.sourceName().orElseThrow() + "-" + withoutEpoch + ".src.rpm", String.join(" ", p.licenses()));
    return String.join("\t", all.subList(0, columns));
  }
}
