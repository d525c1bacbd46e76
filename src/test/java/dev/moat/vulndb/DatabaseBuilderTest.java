package dev.moat.vulndb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBuilderTest {

  @TempDir Path dir;

  private static List<String> ids(Path db, String ecosystem, String name) {
    try (VulnerabilityDatabase vdb = VulnerabilityDatabase.open(db)) {
      return vdb.advisories(ecosystem, name).stream().map(Advisory::id).toList();
    }
  }

  /** An OSV all.zip like osv.dev publishes, made from real records. */
  private Path osvZip(Path feedDir) throws IOException {
    Path zip = dir.resolve("all.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.list(feedDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        out.putNextEntry(new ZipEntry(f.getFileName().toString()));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void readsOsvZipArchives() throws IOException {
    Path db = dir.resolve("moat.db");
    DatabaseBuilder.Result r = TestFeeds.strictBuilder().build(List.of(osvZip(TestFeeds.feed("golang"))), db);
    assertThat(r.advisories()).isEqualTo(4);
    assertThat(ids(db, "Go", "stdlib")).containsExactly("GO-2023-1751", "GO-2023-1752", "GO-2023-1753", "GO-2023-1840");
  }

  @Test
  void readsTarGzArchivesLikeTheUbuntuTracker() throws IOException {
    Path tgz = dir.resolve("ubuntu-cve-tracker.tar.gz");
    try (OutputStream file = Files.newOutputStream(tgz);
         TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
      for (String name : List.of("active/CVE-2020-9759", "retired/CVE-2016-2222")) {
        byte[] bytes = Files.readAllBytes(TestFeeds.feed("ubuntu").resolve(name));
        TarArchiveEntry e = new TarArchiveEntry("ubuntu-cve-tracker/" + name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
      }
    }
    Path db = dir.resolve("moat.db");
    TestFeeds.strictBuilder().build(List.of(tgz), db);
    assertThat(ids(db, "Ubuntu:19.10", "weechat")).containsExactly("CVE-2020-9759");
  }

  @Test
  void malformedRecordFailsTheBuildNamingTheFile() throws IOException {
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Files.copy(TestFeeds.feed("golang").resolve("GO-2023-1751.json"), feed.resolve("GO-2023-1751.json"));
    Files.writeString(feed.resolve("GO-2099-0001.json"), "{\"id\": \"GO-2099-0001\", \"modified\": \"2023-01-01T00:00:00Z\", \"affected\": [");
    assertThatThrownBy(() -> TestFeeds.strictBuilder().build(List.of(feed), dir.resolve("moat.db")))
        .isInstanceOf(MoatException.class)
        .hasMessageContaining("GO-2099-0001.json")
        .satisfies(e -> assertThat(((MoatException) e).kind()).isEqualTo(MoatException.Kind.INVALID_INPUT));
    assertThat(dir.resolve("moat.db")).doesNotExist();
  }

  @Test
  void skipMalformedWarnsAndKeepsTheRest() throws IOException {
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Files.copy(TestFeeds.feed("golang").resolve("GO-2023-1751.json"), feed.resolve("GO-2023-1751.json"));
    Files.writeString(feed.resolve("GO-2099-0001.json"),
        "{\"id\": \"GO-2099-0001\", \"modified\": \"yesterday\", \"affected\": []}");
    DatabaseBuilder.Result r = DatabaseBuilder.withInstalledReaders(true).build(List.of(feed), dir.resolve("moat.db"));
    assertThat(r.warnings()).singleElement().asString().contains("GO-2099-0001.json").contains("RFC 3339");
    assertThat(ids(dir.resolve("moat.db"), "Go", "stdlib")).containsExactly("GO-2023-1751");
  }

  @Test
  void replacesTheTargetAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
    Path db = dir.resolve("moat.db");
    TestFeeds.strictBuilder().build(List.of(TestFeeds.feed("rustsec")), db);
    try (VulnerabilityDatabase old = VulnerabilityDatabase.open(db)) {
      TestFeeds.strictBuilder().build(List.of(TestFeeds.feed("golang")), db);
      // the open handle still reads the replaced file, as a scanner running during an update would
      assertThat(old.advisories("crates.io", "libwebp-sys2")).hasSize(1);
    }
    assertThat(ids(db, "Go", "stdlib")).hasSize(4);
    assertThat(ids(db, "crates.io", "libwebp-sys2")).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("moat.db");
    }
  }

  @Test
  void failedBuildKeepsThePreviousDatabase() throws IOException {
    Path db = dir.resolve("moat.db");
    TestFeeds.strictBuilder().build(List.of(TestFeeds.feed("rustsec")), db);
    Path broken = Files.writeString(dir.resolve("PYSEC-2099-1.yaml"), "id: PYSEC-2099-1\naffected:\n  - package: [\n");
    assertThatThrownBy(() -> TestFeeds.strictBuilder().build(List.of(TestFeeds.feed("golang"), broken), db))
        .isInstanceOf(MoatException.class).hasMessageContaining("PYSEC-2099-1.yaml");
    assertThat(ids(db, "crates.io", "libwebp-sys2")).containsExactly("RUSTSEC-2023-0060");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("moat.db", "PYSEC-2099-1.yaml");
    }
  }

  @Test
  void refusesInputWithoutAdvisories() throws IOException {
    Path readme = Files.writeString(dir.resolve("README.md"), "# nothing here\n");
    assertThatThrownBy(() -> TestFeeds.strictBuilder().build(List.of(readme), dir.resolve("moat.db")))
        .isInstanceOf(MoatException.class).hasMessageContaining("no advisories found");
    assertThatThrownBy(() -> TestFeeds.strictBuilder().build(List.of(dir.resolve("missing")), dir.resolve("moat.db")))
        .isInstanceOf(MoatException.class).hasMessageContaining("missing");
  }
}
