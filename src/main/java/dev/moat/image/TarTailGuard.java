package dev.moat.image;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Feeds the tar reader and decides whether the end of the uncompressed stream is a clean end. A
 * stream that stops after the last entry's content, with or without its block padding and the
 * end-of-archive footer, is completed with zeros as if they were there: umoci 0.4.7 writes layers
 * that stop right after the last file's bytes. A stream that stops inside a header or inside an
 * entry's content is truncated and fails with {@link EOFException}.
 */
final class TarTailGuard extends ReadThroughInputStream {

  private static final int BLOCK = 512;
  private static final int FOOTER = 2 * BLOCK;

  private long position;
  private long contentEnd;
  private long synthetic = -1;

  TarTailGuard(InputStream in) {
    super(in);
  }

  /** The tar reader has just read a header whose entry has {@code size} bytes of content. */
  void entryStarted(long size) {
    contentEnd = position + Math.max(size, 0);
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (synthetic < 0) {
      int n = in.read(buffer, offset, length);
      if (n >= 0) {
        position += n;
        return n;
      }
      synthetic = zerosToCleanEnd();
    }
    if (synthetic == 0) {
      return -1;
    }
    int n = (int) Math.min(length, synthetic);
    Arrays.fill(buffer, offset, offset + n, (byte) 0);
    synthetic -= n;
    position += n;
    return n;
  }

  /** How many zero bytes complete the archive at {@link #position}, or EOF if it is truncated. */
  private long zerosToCleanEnd() throws EOFException {
    long paddedEnd = roundUp(contentEnd);
    if (position < contentEnd) {
      throw new EOFException("truncated inside an entry's content");
    }
    if (position <= paddedEnd) {
      return paddedEnd - position + FOOTER;
    }
    if (position % BLOCK != 0) {
      throw new EOFException("truncated inside a tar header");
    }
    return FOOTER;
  }

  private static long roundUp(long offset) {
    return (offset + BLOCK - 1) / BLOCK * BLOCK;
  }


  @Override
  public int available() throws IOException {
    return synthetic > 0 ? (int) Math.min(synthetic, Integer.MAX_VALUE) : in.available();
  }

}
