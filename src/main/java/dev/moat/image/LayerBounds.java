package dev.moat.image;

import dev.moat.MoatException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Sits between the decompressor and the tar reader: hashes the uncompressed tar (the diffID) and
 * enforces the layer size and compression-ratio bounds, so a decompression bomb stops after at
 * most a buffer's worth of bytes past the limit.
 */
final class LayerBounds extends ReadThroughInputStream {



  private final ImageLimits limits;
  private final CompressedCounter compressed;
  private final String context;
  private final MessageDigest sha256;
  private long count;

  /** Bytes read from the stored blob so far. */
  static final class CompressedCounter extends FilterInputStream {
    private long count;

    CompressedCounter(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      count += Math.max(skipped, 0);
      return skipped;
    }

    long count() {
      return count;
    }
  }

  LayerBounds(InputStream uncompressed, CompressedCounter compressed, ImageLimits limits, String context) {
    super(uncompressed);
    this.compressed = compressed;
    this.limits = limits;
    this.context = context;
    this.sha256 = Digests.forDigest("sha256:" + "0".repeat(64), context);
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      sha256.update(buffer, offset, n);
      count += n;
      check();
    }
    return n;
  }



  private void check() {
    if (count > limits.maxLayerBytes()) {
      throw MoatException.limit(context + " is larger than " + limits.maxLayerBytes()
          + " bytes uncompressed (raise --max-layer-size if this is expected)");
    }
    if (count > limits.ratioCheckAfterBytes()
        && count > limits.maxCompressionRatio() * Math.max(compressed.count(), 1)) {
      throw MoatException.limit(context + " expands more than " + limits.maxCompressionRatio()
          + " times (" + compressed.count() + " bytes to over " + count + "): refusing a likely decompression bomb");
    }
  }

  /** Uncompressed bytes read so far. */
  long count() {
    return count;
  }

  /** {@code sha256:...} of everything read; call once, at the end. */
  String diffId() {
    return "sha256:" + HexFormat.of().formatHex(sha256.digest());
  }
}
