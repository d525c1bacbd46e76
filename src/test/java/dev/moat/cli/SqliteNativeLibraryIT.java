package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sqlite-jdbc's native library is copied into Moat's cache once and loaded from there by every
 * later run; a damaged copy is replaced, and the database still opens.
 */
class SqliteNativeLibraryIT {

  @TempDir Path work;

  @Test
  void theNativeLibraryIsCachedOnceAndAReplacedCopyIsRepaired() throws Exception {
    Map<String, String> env = Map.of("MOAT_CACHE_DIR", work.resolve("cache").toString());
    Path db = work.resolve("test.db");
    MoatProcess.Result built = MoatProcess.run(env, "db", "build", "--from",
        Path.of("src/test/resources/dev/moat/scan/advisories/golang").toString(), "--output", db.toString());
    assertThat(built.exitCode()).as(built.stderr()).isZero();

    List<Path> copies = nativeCopies();
    assertThat(copies).hasSize(1);
    Path library = copies.getFirst();
    long size = Files.size(library);
    assertThat(size).isGreaterThan(100_000);

    MoatProcess.Result info = MoatProcess.run(env, "db", "info", "--db", db.toString());
    assertThat(info.exitCode()).as(info.stderr()).isZero();
    assertThat(info.stdout()).contains("Go Vulnerability Database");
    assertThat(nativeCopies()).containsExactly(library);

    Files.write(library, new byte[] {0x7f, 'E', 'L', 'F'});
    MoatProcess.Result repaired = MoatProcess.run(env, "db", "info", "--db", db.toString());
    assertThat(repaired.exitCode()).as(repaired.stderr()).isZero();
    assertThat(Files.size(library)).isEqualTo(size);
    try (Stream<Path> left = Files.list(library.getParent())) {
      assertThat(left).as("no temp file left beside the library").containsExactly(library);
    }
  }

  private List<Path> nativeCopies() throws Exception {
    Path root = work.resolve("cache/native");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
