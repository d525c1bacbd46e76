package dev.moat.vulndb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

  @Test
  void defaultsToTheUsersCache() {
    DatabaseLocation l = DatabaseLocation.from(Map.of(), Path.of("/home/u"));
    assertThat(l.database()).isEqualTo(Path.of("/home/u/.cache/moat/db/moat.db"));
    assertThat(l.downloads()).isEqualTo(Path.of("/home/u/.cache/moat/db/downloads"));
  }

  @Test
  void moatCacheDirMovesIt() {
    DatabaseLocation l = DatabaseLocation.from(Map.of("MOAT_CACHE_DIR", "/var/cache/moat"), Path.of("/home/u"));
    assertThat(l.database()).isEqualTo(Path.of("/var/cache/moat/db/moat.db"));
  }
}
