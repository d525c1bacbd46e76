package dev.moat.image;

import dev.moat.MoatException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Hashes a blob while it is read and checks it against its descriptor when the stream ends: a
 * digest mismatch, more bytes than the descriptor's size or fewer (a truncated blob) fail with a
 * {@link MoatException} naming the blob. Every {@link ImageSource} wraps its blobs in one; a
 * remote source, which cannot trust a length it has not checked, also bounds the bytes read.
 */
public final class DigestVerifyingInputStream extends ReadThroughInputStream {


  private final String expectedDigest;
  private final long expectedSize;
  private final long maxBytes;
  private final String what;
  private final MessageDigest digest;
  private long count;
  private boolean verified;

  /**
   * @param expectedSize the descriptor's size, or -1 when unknown
   * @param what names the blob in errors, e.g. {@code oci:/x:app: layer sha256:ab..}
   */
  public DigestVerifyingInputStream(InputStream in, String expectedDigest, long expectedSize, String what) {
    this(in, expectedDigest, expectedSize, Long.MAX_VALUE, what);
  }

  /**
   * As {@link #DigestVerifyingInputStream(InputStream, String, long, String)}, and fails with
   * {@link MoatException.Kind#LIMIT_EXCEEDED} once more than {@code maxBytes} were read: the bound
   * that holds when {@code expectedSize} is unknown (-1).
   */
  public DigestVerifyingInputStream(InputStream in, String expectedDigest, long expectedSize, long maxBytes,
      String what) {
    super(in);
    this.expectedDigest = expectedDigest;
    this.expectedSize = expectedSize;
    this.maxBytes = maxBytes;
    this.what = what;
    this.digest = Digests.forDigest(expectedDigest, what);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      verify();
    } else {
      digest.update((byte) b);
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n < 0) {
      verify();
    } else {
      digest.update(buffer, offset, n);
      counted(n);
    }
    return n;
  }



  @Override
  public synchronized void mark(int readlimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  /** Bytes read so far. */
  public long count() {
    return count;
  }

  private void counted(int n) {
    count += n;
    if (expectedSize >= 0 && count > expectedSize) {
      throw MoatException.invalid(what + " is larger than the " + expectedSize + " bytes its descriptor says");
    }
    if (count > maxBytes) {
      throw MoatException.limit(what + " is over the limit of " + maxBytes + " bytes");
    }
  }

  private void verify() {
    if (verified) {
      return;
    }
    verified = true;
    if (expectedSize >= 0 && count < expectedSize) {
      throw MoatException.invalid(what + " is truncated (" + count + " of " + expectedSize + " bytes)");
    }
    String actual = Digests.format(expectedDigest, digest.digest());
    if (!actual.equals(expectedDigest)) {
      throw Digests.mismatch(what, expectedDigest, actual);
    }
  }
}
