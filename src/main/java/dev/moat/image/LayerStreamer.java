package dev.moat.image;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import dev.moat.MoatException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads one layer once, as a stream: decompresses it (gzip, zstd, none, or sniffed), walks its tar
 * entries with safe paths, enforces {@link ImageLimits}, and checks the diffID when the tar ends.
 *
 * <p>A tar that stops cleanly after its last entry's content, without block padding or the two
 * zero blocks of the end-of-archive footer, is accepted ({@link TarTailGuard}): umoci 0.4.7 writes
 * such layers, and the diffID (computed by the writer over the same bytes) still proves the content
 * complete. A tar cut inside a header or an entry's content, and a gzip or zstd stream cut
 * anywhere, fail as truncated.
 */
public final class LayerStreamer {

  private static final int BUFFER = 1 << 16;
  private static final InputStream NO_CONTENT = InputStream.nullInputStream();

  private final ImageLimits limits;

  public LayerStreamer(ImageLimits limits) {
    this.limits = limits;
  }

  /** Streams {@code layer} of {@code source} through {@code visitor}, entry by entry in tar order. */
  public void stream(ImageSource source, Layer layer, LayerVisitor visitor) {
    String context = "cannot read " + source.image().name() + ": layer " + layer.blob().digest();
    try (InputStream raw = source.openLayer(layer)) {
      LayerBounds.CompressedCounter compressed = new LayerBounds.CompressedCounter(raw);
      InputStream buffered = new BufferedInputStream(compressed, BUFFER);
      Compression compression = layer.compression() == Compression.DETECT ? detect(buffered) : layer.compression();
      InputStream inflated = decompress(buffered, compression);
      // Reading to the blob's end after the tar lets the source verify the compressed digest.
      ReadAheadInputStream.Source producer = new ReadAheadInputStream.Source() {
        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          return inflated.read(buffer, offset, length);
        }

        @Override
        public void finish() throws IOException {
          buffered.transferTo(OutputStream.nullOutputStream());
        }
      };
      String diffId;
      try (ReadAheadInputStream ahead = new ReadAheadInputStream(producer, "moat-inflate-" + layer.index())) {
        LayerBounds bounds = new LayerBounds(ahead, compressed, limits, context);
        InputStream tarBytes = new BufferedInputStream(bounds, BUFFER);
        TarTailGuard guard = new TarTailGuard(tarBytes);
        readEntries(new TarArchiveInputStream(guard, StandardCharsets.UTF_8.name()), guard, context, visitor);
        // The diffID covers the footer and padding after the last entry.
        tarBytes.transferTo(OutputStream.nullOutputStream());
        diffId = bounds.diffId();
      }
      if (layer.diffId() != null && !layer.diffId().isEmpty() && !layer.diffId().equals(diffId)) {
        throw MoatException.invalid(context + " does not match its diffID " + layer.diffId()
            + " (uncompressed content hashes to " + diffId + ")");
      }
    } catch (IOException e) {
      throw readFailure(context, e);
    }
  }

  private void readEntries(TarArchiveInputStream tar, TarTailGuard guard, String context, LayerVisitor visitor)
      throws IOException {
    TarEntryNormalizer normalizer = new TarEntryNormalizer(context);
    EntryContent content = new EntryContent(tar);
    byte[] rest = new byte[BUFFER];
    long entries = 0;
    TarArchiveEntry raw;
    while ((raw = nextEntry(tar)) != null) {
      guard.entryStarted(raw.isDirectory() ? 0 : raw.getSize());
      if (++entries > limits.maxEntries()) {
        throw MoatException.limit(context + " has more than " + limits.maxEntries() + " entries");
      }
      LayerEntry entry = normalizer.normalize(raw);
      if (entry == null) {
        continue;
      }
      try {
        visitor.visit(entry, entry.isFile() ? content : NO_CONTENT);
      } catch (IOException e) {
        if (content.failure != null) {
          throw content.failure;
        }
        throw MoatException.invalid(context + ": entry " + entry.path() + ": " + e.getMessage(), e);
      }
      if (entry.isFile()) {
        // commons-compress (1.26+) skips what the visitor left through a fresh 8 KiB array per
        // read; on a layer of millions of small files that allocation was a third of the walk.
        while (tar.read(rest) >= 0) {
          // the rest of the entry, read into one reused buffer
        }
      }
    }
  }

  /** commons-compress reports some malformed headers as IllegalArgumentException. */
  private static TarArchiveEntry nextEntry(TarArchiveInputStream tar) throws IOException {
    try {
      return tar.getNextEntry();
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static Compression detect(InputStream buffered) throws IOException {
    buffered.mark(4);
    byte[] magic = buffered.readNBytes(4);
    buffered.reset();
    if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
      return Compression.GZIP;
    }
    if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
        && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
      return Compression.ZSTD;
    }
    return Compression.NONE;
  }

  private static InputStream decompress(InputStream in, Compression compression) throws IOException {
    return switch (compression) {
      case GZIP -> new GZIPInputStream(in, BUFFER);
      case ZSTD -> new ZstdInputStreamNoFinalizer(in);
      case NONE, DETECT -> in;
    };
  }

  private static MoatException readFailure(String context, Exception e) {
    String message = String.valueOf(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (e instanceof EOFException || lower.contains("truncated") || lower.contains("unexpected end")) {
      return MoatException.invalid(context + " is truncated", e);
    }
    if (e instanceof ZipException) {
      return MoatException.invalid(context + " is not valid gzip: " + message, e);
    }
    return MoatException.invalid(context + " is corrupt: " + message, e);
  }

  /** The current entry's bytes for the visitor: closing is a no-op; read failures are remembered. */
  private static final class EntryContent extends InputStream {
    private final InputStream tar;
    private IOException failure;

    EntryContent(InputStream tar) {
      this.tar = tar;
    }

    @Override
    public int read() throws IOException {
      try {
        return tar.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return tar.read(buffer, offset, length);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int available() throws IOException {
      return tar.available();
    }

    @Override
    public void close() {}
  }
}
