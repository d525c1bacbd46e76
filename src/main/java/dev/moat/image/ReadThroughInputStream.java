package dev.moat.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter that sees every byte: single-byte reads and skipping go through {@link #read(byte[],
 * int, int)} (so hashes, counters and positions stay exact) and marks are not supported.
 */
abstract class ReadThroughInputStream extends FilterInputStream {

  private final byte[] one = new byte[1];
  /** Allocated on the first skip only. */
  private byte[] scratch;

  protected ReadThroughInputStream(InputStream in) {
    super(in);
  }

  @Override
  public abstract int read(byte[] buffer, int offset, int length) throws IOException;

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public long skip(long n) throws IOException {
    if (scratch == null) {
      scratch = new byte[8192];
    }
    long skipped = 0;
    while (skipped < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
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

  @Override
  public synchronized void mark(int readlimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }
}
