package dev.moat;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Moat keeps its files: the cache root is {@code $MOAT_CACHE_DIR}, else {@code ~/.cache/moat};
 * the layer cache and the vulnerability
 * database live below it. Temp files go to a {@code moat} folder in the system temp directory.
 */
public final class MoatDirectories {

  private MoatDirectories() {}

  public static Path cacheRoot() {
    return cacheRoot(System.getenv(), System.getProperty("user.home"));
  }

  /** The cache root for {@code env} and home directory {@code home} (testable form of {@link #cacheRoot()}). */
  public static Path cacheRoot(Map<String, String> env, String home) {
    String explicit = env.get("MOAT_CACHE_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    return Path.of(home, ".cache", "moat");
  }

  public static Path tempRoot() {
    return Path.of(System.getProperty("java.io.tmpdir"), "moat-" + ProcessHandle.current().pid());
  }
}
