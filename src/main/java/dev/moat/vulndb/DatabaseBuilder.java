package dev.moat.vulndb;

import dev.moat.MoatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds a database from local feed files: parses them in parallel, writes one SQLite file next to the
 * target in one transaction, verifies it, then renames it over the target atomically, so that readers
 * see either the old database or the complete new one.
 *
 * <p>A file that a reader recognises but cannot parse fails the build, naming the file, unless
 * {@code skipMalformed} is set: a silently dropped advisory is a missed vulnerability, and the old
 * database keeps working until the feed is fixed. Files no reader recognises (READMEs, licenses) are
 * ignored.
 */
public final class DatabaseBuilder {

  /** What a build did. */
  public record Result(Path database, long advisories, long knownExploited, long filesRead,
      List<String> warnings, Duration took) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  private static final int IN_FLIGHT = 64;

  private final List<FeedReader> readers;
  private final boolean skipMalformed;
  private final Clock clock;

  public DatabaseBuilder(List<FeedReader> readers, boolean skipMalformed, Clock clock) {
    this.readers = readers.stream().sorted(Comparator.comparingInt(FeedReader::priority)).toList();
    this.skipMalformed = skipMalformed;
    this.clock = clock;
  }

  /** A builder with every reader on the class path, failing on malformed files. */
  public static DatabaseBuilder withInstalledReaders(boolean skipMalformed) {
    List<FeedReader> found = new ArrayList<>();
    ServiceLoader.load(FeedReader.class).forEach(found::add);
    return new DatabaseBuilder(found, skipMalformed, Clock.systemUTC());
  }

  /** The reader that takes this file, if any. */
  public Optional<FeedReader> readerFor(FeedEntry entry) {
    return readers.stream().filter(r -> r.accepts(entry)).findFirst();
  }

  /** Builds from {@code inputs} (directories, zips, tar.gz, files) into {@code target}. */
  public Result build(List<Path> inputs, Path target) {
    Instant start = clock.instant();
    Path dir = target.toAbsolutePath().getParent();
    Path temp;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, target.getFileName() + ".", ".tmp");
      Files.delete(temp);
    } catch (IOException e) {
      throw MoatException.invalid("cannot write vulnerability database " + target + ": " + e.getMessage(), e);
    }
    try {
      Load load = load(inputs, temp);
      verify(temp, load);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new Result(target, load.advisories, load.kev, load.files, load.warnings,
          Duration.between(start, clock.instant()));
    } catch (IOException e) {
      throw MoatException.invalid("cannot write vulnerability database " + target + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a leftover temp file is harmless; the next build makes a new one
      }
    }
  }

  private static final class Load {
    long advisories;
    long kev;
    long files;
    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
  }

  /** One thing a reader produced. */
  private sealed interface Item permits AdvisoryItem, KevItem {}

  private record AdvisoryItem(Source source, Advisory advisory) implements Item {}

  private record KevItem(Source source, KnownExploited entry) implements Item {}

  /** One parsed file's output, or the poison pill that ends the writer. */
  private record Batch(List<Item> items) {
    static final Batch END = new Batch(List.of());
  }

  private Load load(List<Path> inputs, Path temp) {
    Load load = new Load();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService parsers = Executors.newFixedThreadPool(threads);
    ExecutorService writerThread = Executors.newSingleThreadExecutor();
    try (DatabaseWriter writer = new DatabaseWriter(temp)) {
      Future<?> written = writerThread.submit(() -> write(writer, queue, load, failure));
      try {
        for (Path input : inputs) {
          FeedFiles.walk(input, entry -> {
            if (failure.get() != null) {
              throw failure.get();
            }
            Optional<FeedReader> reader = readerFor(entry);
            if (reader.isEmpty()) {
              return;
            }
            inFlight.acquire();
            load.files++;
            parsers.submit(() -> parse(reader.get(), entry, queue, failure, load, inFlight));
          });
        }
        parsers.shutdown();
        parsers.awaitTermination(1, TimeUnit.HOURS);
      } finally {
        parsers.shutdownNow();
        queue.put(Batch.END);
      }
      written.get();
      if (failure.get() != null) {
        throw failure.get();
      }
      if (writer.advisoryCount() == 0) {
        throw MoatException.invalid("no advisories found in " + inputs + ": no file is in a format Moat reads");
      }
      writer.finish(clock.instant());
      return load;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MoatException(MoatException.Kind.INTERNAL, "database build interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r
          : new MoatException(MoatException.Kind.INTERNAL, "cannot write vulnerability database: " + e.getCause(), e);
    } catch (IOException e) {
      throw MoatException.invalid("cannot read feeds: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new MoatException(MoatException.Kind.INTERNAL, "cannot write vulnerability database: " + e.getMessage(), e);
    } finally {
      parsers.shutdownNow();
      writerThread.shutdownNow();
    }
  }

  private void parse(FeedReader reader, FeedEntry entry, BlockingQueue<Batch> queue,
      AtomicReference<RuntimeException> failure, Load load, Semaphore inFlight) {
    try {
      List<Item> items = new ArrayList<>();
      reader.read(entry, new FeedSink() {
        @Override
        public void advisory(Source source, Advisory advisory) {
          items.add(new AdvisoryItem(source, advisory));
        }

        @Override
        public void knownExploited(Source source, KnownExploited e) {
          items.add(new KevItem(source, e));
        }
      });
      queue.put(new Batch(items));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      String message = e instanceof MoatException m ? m.getMessage()
          : "cannot read " + reader.format() + " file " + entry.path() + ": " + firstLine(e.getMessage());
      if (skipMalformed) {
        load.warnings.add("skipped " + message);
      } else {
        failure.compareAndSet(null, MoatException.invalid(message, e));
      }
    } finally {
      inFlight.release();
    }
  }

  /** Drains the queue to the end even after a failure, so that no parser blocks on a full queue. */
  private static Object write(DatabaseWriter writer, BlockingQueue<Batch> queue, Load load,
      AtomicReference<RuntimeException> failure) throws InterruptedException {
    while (true) {
      Batch batch = queue.take();
      if (batch == Batch.END) {
        return null;
      }
      if (failure.get() != null) {
        continue;
      }
      try {
        for (Item item : batch.items()) {
          switch (item) {
            case AdvisoryItem a -> {
              writer.advisory(a.source(), a.advisory());
              load.advisories++;
            }
            case KevItem k -> {
              writer.knownExploited(k.source(), k.entry());
              load.kev++;
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        failure.compareAndSet(null, new MoatException(MoatException.Kind.INTERNAL,
            "cannot write vulnerability database: " + e.getMessage(), e));
      }
    }
  }

  private static void verify(Path temp, Load load) {
    try (VulnerabilityDatabase db = VulnerabilityDatabase.open(temp)) {
      String check = db.integrityCheck();
      long count = db.advisoryCount();
      if (!check.equals("ok") || count != load.advisories) {
        throw new MoatException(MoatException.Kind.INTERNAL, "the new vulnerability database failed verification: "
            + "integrity " + check + ", " + count + " of " + load.advisories + " advisories");
      }
      db.info();
    } catch (SQLException e) {
      throw new MoatException(MoatException.Kind.INTERNAL, "cannot verify the new vulnerability database: " + e.getMessage(), e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "malformed";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
