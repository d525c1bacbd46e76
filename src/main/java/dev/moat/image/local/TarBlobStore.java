package dev.moat.image.local;

import dev.moat.MoatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Files inside a tar archive (oci-archive, docker-archive), read in place through commons-compress
 * random access: opening indexes the headers once, and each blob is then read from its offset
 * without extracting anything to disk. Symlinks between entries (old docker save layouts) are
 * followed inside the archive.
 */
final class TarBlobStore implements BlobStore {

  private static final int MAX_LINK_HOPS = 8;

  private final Path file;
  private final TarFile tar;
  private final Map<String, TarArchiveEntry> entries = new HashMap<>();

  TarBlobStore(Path file, String name) {
    this.file = file;
    try {
      this.tar = new TarFile(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw MoatException.notFound("cannot read " + name + ": no such file " + file);
    } catch (IOException e) {
      throw MoatException.invalid("cannot read " + name + ": not a readable tar archive: " + e.getMessage(), e);
    }
    for (TarArchiveEntry entry : tar.getEntries()) {
      entries.put(clean(entry.getName()), entry);
    }
  }

  @Override
  public Optional<InputStream> open(String path) {
    Optional<TarArchiveEntry> entry = find(path);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    try {
      TarArchiveEntry e = entry.get();
      if (e.isSparse()) {
        return Optional.of(new BufferedInputStream(tar.getInputStream(e), 1 << 16));
      }
      // Each blob gets its own channel: layers are read in parallel, and TarFile's streams share one position.
      java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
          java.nio.file.StandardOpenOption.READ);
      channel.position(e.getDataOffset());
      InputStream bounded = org.apache.commons.io.input.BoundedInputStream.builder()
          .setInputStream(java.nio.channels.Channels.newInputStream(channel))
          .setMaxCount(e.getSize())
          .setPropagateClose(true)
          .get();
      return Optional.of(new BufferedInputStream(bounded, 1 << 16));
    } catch (IOException e) {
      throw MoatException.invalid("cannot read " + path + " in the archive: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Long> size(String path) {
    return find(path).map(TarArchiveEntry::getSize);
  }

  private Optional<TarArchiveEntry> find(String path) {
    String current = clean(path);
    for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
      TarArchiveEntry entry = entries.get(current);
      if (entry == null || !(entry.isSymbolicLink() || entry.isLink())) {
        return Optional.ofNullable(entry).filter(e -> !e.isDirectory());
      }
      String target = entry.getLinkName();
      if (entry.isSymbolicLink() && !target.startsWith("/")) {
        int slash = current.lastIndexOf('/');
        target = (slash < 0 ? "" : current.substring(0, slash + 1)) + target;
      }
      current = resolveDots(clean(target));
      if (current == null) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String clean(String name) {
    String result = name;
    while (result.startsWith("./") || result.startsWith("/")) {
      result = result.substring(result.startsWith("./") ? 2 : 1);
    }
    return result;
  }

  /** {@code a/../b} to {@code b}; {@code null} when it climbs out of the archive. */
  private static String resolveDots(String path) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  @Override
  public void close() {
    try {
      tar.close();
    } catch (IOException e) {
      // Nothing was written; a failed close of a read-only file loses nothing.
    }
  }
}
