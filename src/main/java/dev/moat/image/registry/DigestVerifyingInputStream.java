package dev.moat.image.registry;

import dev.moat.MoatException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Passes a blob through while hashing it; at end of stream the hash must equal the expected
 * digest and the length the expected size, else the read fails with a {@link MoatException}.
 */
final class DigestVerifyingInputStream extends FilterInputStream {

  private final String expectedDigest;
  private final long expectedSize;
  private final long maxBytes;
  private final String what;
  private final MessageDigest digest = Sha256.newDigest();
  private long count;
  private boolean verified;

  /**
   * @param expectedSize the size the descriptor promised, or -1 when unknown
   * @param maxBytes fail once more than this was read
   * @param what names the blob in errors ({@code blob sha256:ab.. of 127.0.0.1:5000/app})
   */
  DigestVerifyingInputStream(InputStream in, String expectedDigest, long expectedSize, long maxBytes, String what) {
    super(in);
    this.expectedDigest = expectedDigest;
    this.expectedSize = expectedSize;
    this.maxBytes = maxBytes;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      verify();
      return -1;
    }
    digest.update(b, off, n);
    count += n;
    if (expectedSize >= 0 && count > expectedSize) {
      throw MoatException.invalid(what + " is longer than its descriptor's " + expectedSize + " bytes");
    }
    if (count > maxBytes) {
      throw MoatException.limit(what + " is over the limit of " + maxBytes + " bytes");
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipping would leave bytes unhashed; read them instead.
    byte[] buffer = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void verify() {
    if (verified) {
      return;
    }
    verified = true;
    if (expectedSize >= 0 && count != expectedSize) {
      throw MoatException.invalid(what + " is truncated: " + count + " of " + expectedSize + " bytes");
    }
    String actual = Sha256.format(digest.digest());
    if (!actual.equals(expectedDigest)) {
      throw MoatException.invalid(what + " does not match its digest: got " + actual);
    }
  }
}
