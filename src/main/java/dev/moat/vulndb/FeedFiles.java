package dev.moat.vulndb;

import dev.moat.MoatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Walks an input path and hands every regular file to a consumer as a {@link FeedEntry}: a plain
 * file, every file under a directory, every entry of a {@code .zip} or {@code .tar.gz} (also when
 * found inside a directory). Each file is bounded by {@link #MAX_ENTRY_BYTES}.
 */
final class FeedFiles {

  /** The largest single feed file read (the Debian tracker JSON is ~80 MB in 2026). */
  static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

  /** Receives one entry; may block to bound memory. */
  interface EntryConsumer {
    void accept(FeedEntry entry) throws IOException, InterruptedException;
  }

  private FeedFiles() {}

  static void walk(Path input, EntryConsumer consumer) throws IOException, InterruptedException {
    if (!Files.exists(input)) {
      throw MoatException.notFound("cannot read feed " + input + ": no such file or directory");
    }
    if (Files.isDirectory(input)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(input)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        file(f, consumer);
      }
    } else {
      file(input, consumer);
    }
  }

  private static void file(Path f, EntryConsumer consumer) throws IOException, InterruptedException {
    String name = f.getFileName().toString();
    if (name.endsWith(".part")) {
      return;
    }
    if (name.endsWith(".zip")) {
      try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
          if (!e.isDirectory()) {
            consumer.accept(new FeedEntry(f + "!/" + e.getName(), bounded(zip, f + "!/" + e.getName())));
          }
        }
      }
    } else if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      try (TarArchiveInputStream tar = new TarArchiveInputStream(
          new GZIPInputStream(new BufferedInputStream(Files.newInputStream(f)), 1 << 16))) {
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
          if (e.isFile()) {
            consumer.accept(new FeedEntry(f + "!/" + e.getName(), bounded(tar, f + "!/" + e.getName())));
          }
        }
      }
    } else {
      if (Files.size(f) > MAX_ENTRY_BYTES) {
        throw MoatException.limit("cannot read feed file " + f + ": larger than " + MAX_ENTRY_BYTES + " bytes");
      }
      consumer.accept(new FeedEntry(f.toString(), Files.readAllBytes(f)));
    }
  }

  private static byte[] bounded(InputStream in, String where) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ENTRY_BYTES + 1));
    if (bytes.length > MAX_ENTRY_BYTES) {
      throw MoatException.limit("cannot read feed file " + where + ": larger than " + MAX_ENTRY_BYTES + " bytes");
    }
    return bytes;
  }
}
