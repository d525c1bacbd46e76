package dev.moat.vulndb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseUpdaterTest {

  @TempDir Path dir;

  private final List<String> finished = new java.util.concurrent.CopyOnWriteArrayList<>();

  private final DatabaseUpdater.Progress progress = new DatabaseUpdater.Progress() {
    @Override
    public void update(String name, long done, long total) {}

    @Override
    public void finished(String name) {
      finished.add(name);
    }
  };

  private Path mirror() throws IOException {
    Path root = Files.createDirectories(dir.resolve("mirror"));
    Files.createDirectories(root.resolve("osv/Go"));
    Files.createDirectories(root.resolve("kev"));
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(root.resolve("osv/Go/all.zip")))) {
      for (String id : List.of("GO-2023-1751", "GO-2023-1840")) {
        out.putNextEntry(new java.util.zip.ZipEntry(id + ".json"));
        out.write(Files.readAllBytes(TestFeeds.feed("golang").resolve(id + ".json")));
        out.closeEntry();
      }
    }
    Files.copy(TestFeeds.feed("kev").resolve("known_exploited_vulnerabilities.json"),
        root.resolve("kev/known_exploited_vulnerabilities.json"));
    return root;
  }

  private DatabaseUpdater updater(DatabaseLocation location) {
    return new DatabaseUpdater(location, HttpClient.newHttpClient(), TestFeeds.strictBuilder());
  }

  @Test
  void updatesFromAMirrorAndThenOffline() throws Exception {
    DatabaseLocation location = DatabaseLocation.from(Map.of("MOAT_CACHE_DIR", dir.resolve("cache").toString()), dir);
    try (MirrorServer server = new MirrorServer(mirror())) {
      server.writeIndex();
      DatabaseBuilder.Result r = updater(location).update(Optional.of(server.uri()), false, progress);
      assertThat(r.database()).isEqualTo(dir.resolve("cache/db/moat.db"));
      assertThat(r.advisories()).isEqualTo(2);
      assertThat(finished).containsExactlyInAnyOrder("osv/Go/all.zip", "kev/known_exploited_vulnerabilities.json");
      assertThat(location.downloads().resolve(MirrorIndex.FILE_NAME)).exists();
    }
    DatabaseBuilder.Result offline = updater(location).update(Optional.empty(), true, progress);
    assertThat(offline.advisories()).isEqualTo(2);
    try (VulnerabilityDatabase db = VulnerabilityDatabase.open(location.database())) {
      assertThat(db.advisories("Go", "stdlib")).extracting(Advisory::id).containsExactly("GO-2023-1751", "GO-2023-1840");
      assertThat(db.knownExploited("CVE-2021-44228")).isTrue();
    }
  }

  @Test
  void resumesAPartialDownloadWithARangeRequest() throws Exception {
    DatabaseLocation location = new DatabaseLocation(dir.resolve("cache/db"));
    Path root = mirror();
    byte[] zip = Files.readAllBytes(root.resolve("osv/Go/all.zip"));
    Path part = Files.createDirectories(location.downloads().resolve("osv/Go")).resolve("all.zip.part");
    Files.write(part, Arrays.copyOf(zip, zip.length / 2));
    try (MirrorServer server = new MirrorServer(root)) {
      server.writeIndex();
      updater(location).update(Optional.of(server.uri()), false, progress);
      assertThat(server.ranges).containsExactly("bytes=" + (zip.length / 2) + "-");
    }
    assertThat(location.downloads().resolve("osv/Go/all.zip")).hasBinaryContent(zip);
    assertThat(part).doesNotExist();
  }

  @Test
  void checksumMismatchFailsAndKeepsTheOldDatabase() throws Exception {
    DatabaseLocation location = new DatabaseLocation(dir.resolve("cache/db"));
    Files.createDirectories(location.directory());
    TestFeeds.strictBuilder().build(List.of(TestFeeds.feed("rustsec")), location.database());
    Path root = mirror();
    try (MirrorServer server = new MirrorServer(root)) {
      server.writeIndex();
      Files.writeString(root.resolve("kev/known_exploited_vulnerabilities.json"), "{\"tampered\": true}");
      assertThatThrownBy(() -> updater(location).update(Optional.of(server.uri()), false, progress))
          .isInstanceOf(MoatException.class).hasMessageContaining("sha256");
    }
    try (VulnerabilityDatabase db = VulnerabilityDatabase.open(location.database())) {
      assertThat(db.advisories("crates.io", "libwebp-sys2")).hasSize(1);
    }
  }

  @Test
  void offlineWithNothingDownloadedSaysWhatToDo() {
    DatabaseLocation location = new DatabaseLocation(dir.resolve("cache/db"));
    assertThatThrownBy(() -> updater(location).update(Optional.empty(), true, progress))
        .isInstanceOf(MoatException.class).hasMessageContaining("nothing downloaded")
        .satisfies(e -> assertThat(((MoatException) e).kind()).isEqualTo(MoatException.Kind.NOT_FOUND));
  }

  @Test
  void aMissingMirrorIndexIsANetworkError() throws Exception {
    DatabaseLocation location = new DatabaseLocation(dir.resolve("cache/db"));
    try (MirrorServer server = new MirrorServer(mirror())) {
      assertThatThrownBy(() -> updater(location).update(Optional.of(server.uri()), false, progress))
          .isInstanceOf(MoatException.class).hasMessageContaining("index.json: HTTP 404")
          .satisfies(e -> assertThat(((MoatException) e).kind()).isEqualTo(MoatException.Kind.NETWORK));
    }
  }
}
