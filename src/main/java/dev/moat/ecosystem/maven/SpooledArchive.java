package dev.moat.ecosystem.maven;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * One Java archive copied out of its stream so that its central directory can be read: in memory
 * up to a bound, in a temp file beyond it. The copy is made in the single pass that also computes
 * the archive's SHA-1. Close it to delete the temp file.
 */
final class SpooledArchive implements AutoCloseable {

  private final byte[] memory; // the first size bytes are the archive
  private final Path file;
  private final long size;
  private final String sha1;

  private SpooledArchive(byte[] memory, Path file, long size, String sha1) {
    this.memory = memory;
    this.file = file;
    this.size = size;
    this.sha1 = sha1;
  }

  /**
   * Reads {@code in} to its end, keeping at most {@code inMemory} bytes in memory and refusing more
   * than {@code maxBytes} in all. {@code expectedSize} (negative if unknown) sizes the buffer; a
   * stream longer than announced still reads correctly.
   */
  static SpooledArchive copy(InputStream in, long expectedSize, int inMemory, long maxBytes, Optional<Path> tempDir)
      throws IOException {
    MessageDigest sha1 = newSha1();
    int initial = expectedSize >= 0 && expectedSize < inMemory ? (int) expectedSize + 1 : Math.min(inMemory, 1 << 16);
    byte[] buffer = new byte[initial];
    int filled = 0;
    while (true) {
      if (filled == buffer.length) {
        if (buffer.length >= inMemory) {
          return spillToFile(in, buffer, sha1, maxBytes, tempDir);
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, inMemory));
      }
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        break;
      }
      sha1.update(buffer, filled, n);
      filled += n;
    }
    return new SpooledArchive(buffer, null, filled, HexFormat.of().formatHex(sha1.digest()));
  }

  private static SpooledArchive spillToFile(InputStream in, byte[] head, MessageDigest sha1, long maxBytes,
      Optional<Path> tempDir) throws IOException {
    Path file = tempDir.isPresent() ? Files.createTempFile(tempDir.get(), "archive", ".zip")
        : Files.createTempFile("moat-archive", ".zip");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head);
      long size = head.length;
      byte[] chunk = new byte[1 << 16];
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        sha1.update(chunk, 0, n);
        out.write(chunk, 0, n);
        size += n;
        if (size > maxBytes) {
          throw new IOException("archive larger than " + maxBytes + " bytes");
        }
      }
      return new SpooledArchive(null, file, size, HexFormat.of().formatHex(sha1.digest()));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /** The archive's SHA-1, hex. */
  String sha1() {
    return sha1;
  }

  /** A new channel over the whole archive (for a zip reader that wants its central directory). */
  SeekableByteChannel channel() throws IOException {
    return memory != null ? new SeekableInMemoryByteChannel(memory).truncate(size)
        : FileChannel.open(file, StandardOpenOption.READ);
  }

  /** The archive from its first byte. */
  InputStream stream() throws IOException {
    return memory != null ? new ByteArrayInputStream(memory, 0, (int) size) : Channels.newInputStream(channel());
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }

  private static MessageDigest newSha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}
