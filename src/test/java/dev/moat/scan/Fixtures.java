package dev.moat.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixture images built by {@code src/test/fixtures/make-images.sh} (scripts/test.sh builds them
 * and passes their directory as {@code -Dmoat.fixtures}). Missing fixtures fail the test: a test
 * that needs them must never pass without them.
 */
public final class Fixtures {

  private Fixtures() {}

  public static Path dir() {
    String dir = System.getProperty("moat.fixtures");
    if (dir == null || !Files.isDirectory(Path.of(dir, "oci"))) {
      throw new IllegalStateException("fixture images not found at -Dmoat.fixtures=" + dir
          + "; build them with scripts/build-fixtures.sh DIR (scripts/test.sh does)");
    }
    return Path.of(dir);
  }

  public static Path file(String name) {
    return dir().resolve(name);
  }

  /** Rows of a ground-truth TSV in truth/, split on tabs. */
  public static List<String[]> truth(String name) {
    try {
      return Files.readAllLines(dir().resolve("truth").resolve(name)).stream()
          .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
