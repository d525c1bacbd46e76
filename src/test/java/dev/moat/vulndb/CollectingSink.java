package dev.moat.vulndb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@link FeedSink} for reader tests: keeps what it is given; reads test feed files. */
public final class CollectingSink implements FeedSink {
  public final List<Advisory> advisories = new ArrayList<>();
  public final List<Source> sources = new ArrayList<>();
  public final List<KnownExploited> known = new ArrayList<>();

  @Override
  public synchronized void advisory(Source source, Advisory advisory) {
    sources.add(source);
    advisories.add(advisory);
  }

  @Override
  public synchronized void knownExploited(Source source, KnownExploited entry) {
    sources.add(source);
    known.add(entry);
  }

  /** The test feed file at {@code relative} under src/test/resources/dev/moat/vulndb/feeds. */
  public static FeedEntry entry(String relative) {
    try {
      Path p = Path.of(CollectingSink.class.getResource("feeds/" + relative).toURI());
      return new FeedEntry(p.toString(), Files.readAllBytes(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The advisory with this id; fails when there is not exactly one. */
  public Advisory only(String id) {
    List<Advisory> found = advisories.stream().filter(a -> a.id().equals(id)).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + id + ", found " + found.size());
    }
    return found.get(0);
  }
}
