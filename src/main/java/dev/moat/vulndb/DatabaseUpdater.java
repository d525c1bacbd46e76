package dev.moat.vulndb;

import dev.moat.MoatException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code moat db update}: downloads the feeds (the public ones, or a mirror's files listed in its
 * {@link MirrorIndex}) into the cache's downloads directory, then rebuilds the database from them with
 * {@link DatabaseBuilder}. Killing it at any point leaves the previous database in place and usable.
 */
public final class DatabaseUpdater {

  /** Reports download progress; see {@link #update}. */
  public interface Progress {
    void update(String name, long done, long total);

    void finished(String name);
  }

  private final DatabaseLocation location;
  private final HttpClient client;
  private final DatabaseBuilder builder;

  public DatabaseUpdater(DatabaseLocation location, HttpClient client, DatabaseBuilder builder) {
    this.location = location;
    this.client = client;
    this.builder = builder;
  }

  /** An updater with a default HTTP client (redirects followed, 30 s connect timeout). */
  public static DatabaseUpdater create(DatabaseLocation location, boolean skipMalformed) {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30)).build();
    return new DatabaseUpdater(location, client, DatabaseBuilder.withInstalledReaders(skipMalformed));
  }

  /**
   * Downloads (unless {@code offline}) and rebuilds.
   *
   * @param mirror a mirror's base URL; empty for the public feeds
   * @param offline build from what earlier updates downloaded, without touching the network
   */
  public DatabaseBuilder.Result update(Optional<URI> mirror, boolean offline, Progress progress) throws InterruptedException {
    Path downloads = location.downloads();
    if (offline) {
      List<Path> files = downloaded(downloads);
      if (files.isEmpty()) {
        throw MoatException.notFound("cannot update offline: nothing downloaded in " + downloads
            + " (run 'moat db update' with network once, or 'moat db build --from')");
      }
      return builder.build(files, location.database());
    }
    List<FeedFile> files = mirror.isPresent() ? MirrorIndex.parse(fetchIndex(mirror.get()), mirror.get()) : PublicFeeds.all();
    Downloader downloader = new Downloader(client, new Downloader.Progress() {
      @Override
      public void update(String name, long done, long total) {
        progress.update(name, done, total);
      }

      @Override
      public void finished(String name) {
        progress.finished(name);
      }
    });
    Map<String, Map.Entry<String, Long>> digests = new LinkedHashMap<>();
    try {
      for (FeedFile f : files) {
        Path target = downloads.resolve(f.path()).normalize();
        downloader.fetch(f, target);
        digests.put(f.path(), new AbstractMap.SimpleEntry<>(Downloader.sha256(target), Files.size(target)));
      }
      Files.write(downloads.resolve(MirrorIndex.FILE_NAME), MirrorIndex.write(digests));
    } catch (IOException e) {
      throw MoatException.invalid("cannot write downloads to " + downloads + ": " + e.getMessage(), e);
    }
    return builder.build(files.stream().map(f -> downloads.resolve(f.path()).normalize()).toList(), location.database());
  }

  private byte[] fetchIndex(URI mirror) throws InterruptedException {
    URI index = URI.create((mirror.toString().endsWith("/") ? mirror.toString() : mirror + "/") + MirrorIndex.FILE_NAME);
    try {
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(index).timeout(Duration.ofMinutes(1)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new MoatException(MoatException.Kind.NETWORK, "cannot read mirror index " + index + ": HTTP " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new MoatException(MoatException.Kind.NETWORK, "cannot read mirror index " + index + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> downloaded(Path downloads) {
    if (!Files.isDirectory(downloads)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(downloads)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".part") && !p.getFileName().toString().endsWith(".validator")
              && !p.getFileName().toString().equals(MirrorIndex.FILE_NAME))
          .sorted().toList();
    } catch (IOException e) {
      throw MoatException.invalid("cannot list " + downloads + ": " + e.getMessage(), e);
    }
  }
}
