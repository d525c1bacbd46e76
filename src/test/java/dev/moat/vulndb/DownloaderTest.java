package dev.moat.vulndb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {

  @TempDir Path dir;

  private final Downloader downloader = new Downloader(HttpClient.newHttpClient(), Downloader.Progress.NONE);

  private Path served() throws Exception {
    Path root = Files.createDirectories(dir.resolve("served"));
    Files.copy(TestFeeds.feed("kev").resolve("known_exploited_vulnerabilities.json"), root.resolve("kev.json"));
    return root;
  }

  @Test
  void resumesWithIfRangeAndRestartsWhenTheFileChanged() throws Exception {
    Path root = served();
    byte[] real = Files.readAllBytes(root.resolve("kev.json"));
    Path target = dir.resolve("out/kev.json");
    Files.createDirectories(target.getParent());
    // a .part from an older version of the file, with the old ETag
    Files.write(target.resolveSibling("kev.json.part"), Arrays.copyOf("stale bytes".getBytes(), 11));
    Files.writeString(target.resolveSibling("kev.json.part.validator"), "\"old-etag\"");
    try (MirrorServer server = new MirrorServer(root)) {
      FeedFile file = new FeedFile("kev.json", URI.create(server.uri() + "kev.json"), Optional.empty());
      downloader.fetch(file, target);
      assertThat(server.ranges).containsExactly("bytes=11-");
    }
    assertThat(target).hasBinaryContent(real);
    assertThat(target.resolveSibling("kev.json.part")).doesNotExist();
    assertThat(target.resolveSibling("kev.json.part.validator")).doesNotExist();
  }

  @Test
  void doesNotResumeWithoutAWayToCheckTheFile() throws Exception {
    Path root = served();
    Path target = dir.resolve("out/kev.json");
    Files.createDirectories(target.getParent());
    Files.writeString(target.resolveSibling("kev.json.part"), "garbage");
    try (MirrorServer server = new MirrorServer(root)) {
      downloader.fetch(new FeedFile("kev.json", URI.create(server.uri() + "kev.json"), Optional.empty()), target);
      assertThat(server.ranges).isEmpty();
    }
    assertThat(target).hasSameBinaryContentAs(root.resolve("kev.json"));
  }

  @Test
  void skipsAFileWhoseDigestAlreadyMatches() throws Exception {
    Path root = served();
    Path target = dir.resolve("out/kev.json");
    Files.createDirectories(target.getParent());
    Files.copy(root.resolve("kev.json"), target);
    String sha = Downloader.sha256(target);
    try (MirrorServer server = new MirrorServer(root)) {
      Files.delete(root.resolve("kev.json")); // a request would now get 404
      downloader.fetch(new FeedFile("kev.json", URI.create(server.uri() + "kev.json"), Optional.of(sha)), target);
    }
    assertThat(Downloader.sha256(target)).isEqualTo(sha);
  }

  @Test
  void httpErrorsAreNetworkErrorsNamingTheUrl() throws Exception {
    try (MirrorServer server = new MirrorServer(served())) {
      URI missing = URI.create(server.uri() + "missing.json");
      assertThatThrownBy(() -> downloader.fetch(new FeedFile("missing.json", missing, Optional.empty()), dir.resolve("m.json")))
          .isInstanceOf(MoatException.class).hasMessageContaining(missing + ": HTTP 404")
          .satisfies(e -> assertThat(((MoatException) e).kind()).isEqualTo(MoatException.Kind.NETWORK));
    }
  }
}
