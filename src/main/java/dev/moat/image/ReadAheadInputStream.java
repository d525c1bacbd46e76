package dev.moat.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Decompresses a layer on a second thread while the caller walks the tar: reading the blob,
 * checking its digest and inflating run ahead by a few fixed-size chunks, so one layer keeps two
 * cores busy. Memory is bounded ({@code depth} chunks, recycled); errors of the producer (a
 * corrupt stream, a digest mismatch) surface in the caller's next read.
 */
final class ReadAheadInputStream extends InputStream {

  private static final int CHUNK = 256 * 1024;
  private static final int DEPTH = 4;

  /** A filled chunk, the end of the stream, or the producer's failure. */
  private record Chunk(byte[] data, int length, IOException failure) {
    static final Chunk END = new Chunk(new byte[0], -1, null);
  }

  /** What the producer reads; {@code finish} runs after its end (draining what follows it). */
  interface Source {
    int read(byte[] buffer, int offset, int length) throws IOException;

    void finish() throws IOException;
  }

  private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(DEPTH);
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(DEPTH + 1);
  private final Thread producer;
  private volatile boolean closed;
  private Chunk current;
  private int position;

  ReadAheadInputStream(Source source, String name) {
    for (int i = 0; i < DEPTH + 1; i++) {
      free.add(new byte[CHUNK]);
    }
    producer = Thread.ofVirtual().name(name).unstarted(() -> produce(source));
    producer.start();
  }

  private void produce(Source source) {
    try {
      while (!closed) {
        byte[] buffer = free.take();
        int n = source.read(buffer, 0, buffer.length);
        if (n < 0) {
          free.add(buffer);
          source.finish();
          filled.put(Chunk.END);
          return;
        }
        filled.put(new Chunk(buffer, n, null));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      IOException failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      try {
        filled.put(new Chunk(null, -1, failure));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (current == Chunk.END) {
      return -1;
    }
    if (current == null || position == current.length()) {
      if (!advance()) {
        return -1;
      }
    }
    int n = Math.min(len, current.length() - position);
    System.arraycopy(current.data(), position, b, off, n);
    position += n;
    return n;
  }

  /** Moves to the next filled chunk; false at the end of the stream. */
  private boolean advance() throws IOException {
    if (current == Chunk.END) {
      return false;
    }
    if (current != null && current.data() != null) {
      free.add(current.data());
    }
    try {
      current = filled.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading a layer");
    }
    position = 0;
    if (current.failure() != null) {
      IOException failure = current.failure();
      current = Chunk.END;
      throw failure;
    }
    return current != Chunk.END;
  }

  @Override
  public void close() {
    closed = true;
    producer.interrupt();
    filled.clear();
  }
}
