package dev.moat.vulndb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real {@code moat db update} process mid-download and checks that the old database still works. */
class DatabaseUpdaterKillTest {

  @TempDir Path dir;

  @Test
  void killedUpdateLeavesThePreviousDatabaseWorking() throws Exception {
    Path cache = dir.resolve("cache");
    DatabaseLocation location = new DatabaseLocation(cache.resolve("db"));
    TestFeeds.strictBuilder().build(List.of(TestFeeds.feed("rustsec")), location.database());
    byte[] before = Files.readAllBytes(location.database());

    Path root = Files.createDirectories(dir.resolve("mirror/osv/Go")).getParent().getParent();
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(root.resolve("osv/Go/all.zip")))) {
      out.setLevel(0); // large enough that the stall below happens mid-file
      for (String id : List.of("GO-2023-1751", "GO-2023-1752", "GO-2023-1753", "GO-2023-1840")) {
        out.putNextEntry(new ZipEntry(id + ".json"));
        out.write(Files.readAllBytes(TestFeeds.feed("golang").resolve(id + ".json")));
        out.closeEntry();
      }
    }
    try (MirrorServer server = new MirrorServer(root)) {
      server.writeIndex();
      server.stallAfter = 4096;
      String java = ProcessHandle.current().info().command().orElse("java");
      ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          "dev.moat.cli.Main", "db", "update", "--db-repository", server.uri().toString());
      pb.environment().put("MOAT_CACHE_DIR", cache.toString());
      pb.redirectErrorStream(true).redirectOutput(dir.resolve("update.log").toFile());
      Process update = pb.start();
      try {
        Path part = location.downloads().resolve("osv/Go/all.zip.part");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(part) && Files.size(part) >= 4096) && update.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(part).as("the update should be stuck mid-download; log: "
            + (Files.exists(dir.resolve("update.log")) ? Files.readString(dir.resolve("update.log")) : "")).exists();
      } finally {
        update.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
    assertThat(location.database()).hasBinaryContent(before);
    try (VulnerabilityDatabase db = VulnerabilityDatabase.open(location.database())) {
      assertThat(db.advisories("crates.io", "libwebp-sys2")).extracting(Advisory::id).containsExactly("RUSTSEC-2023-0060");
    }
    assertThat(location.downloads().resolve("osv/Go/all.zip")).doesNotExist();
    assertThat(new File(location.directory().toFile(), "moat.db").length()).isEqualTo(before.length);
  }
}
