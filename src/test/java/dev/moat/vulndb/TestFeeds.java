package dev.moat.vulndb;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The real feed excerpts under src/test/resources/dev/moat/vulndb/feeds (see SOURCE.md there). */
final class TestFeeds {
  private TestFeeds() {}

  static Path dir() {
    try {
      return Path.of(TestFeeds.class.getResource("feeds/SOURCE.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path feed(String name) {
    return dir().resolve(name);
  }

  static DatabaseBuilder.Result buildAll(Path target) {
    return DatabaseBuilder.withInstalledReaders(false).build(List.of(dir()), target);
  }

  static DatabaseBuilder strictBuilder() {
    return DatabaseBuilder.withInstalledReaders(false);
  }
}
