package dev.moat.vulndb;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database and its downloads live: {@code $MOAT_CACHE_DIR/db/} if set, else
 * {@code ~/.cache/moat/db/}.
 */
public record DatabaseLocation(Path directory) {

  /** The location for this process's environment. */
  public static DatabaseLocation fromEnvironment() {
    return new DatabaseLocation(dev.moat.MoatDirectories.cacheRoot().resolve("db"));
  }

  static DatabaseLocation from(Map<String, String> env, Path home) {
    return new DatabaseLocation(dev.moat.MoatDirectories.cacheRoot(env, home.toString()).resolve("db"));
  }

  /** The database file. */
  public Path database() {
    return directory.resolve("moat.db");
  }

  /** Where feed files are downloaded before a build. */
  public Path downloads() {
    return directory.resolve("downloads");
  }
}
