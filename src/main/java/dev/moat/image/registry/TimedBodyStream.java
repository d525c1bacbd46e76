package dev.moat.image.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as an InputStream whose reads give up after the read timeout without data;
 * HttpClient's own {@code ofInputStream} waits forever once the headers have arrived, so a registry
 * that stalls mid-blob would hang the scan.
 */
final class TimedBodyStream extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

  /** A marker for end of body, compared by identity. */
  private static final List<ByteBuffer> END = Collections.unmodifiableList(new ArrayList<>());

  private final Duration readTimeout;
  private final BlockingQueue<List<ByteBuffer>> queue = new LinkedBlockingQueue<>();
  private volatile Flow.Subscription subscription;
  private volatile Throwable failure;
  private Iterator<ByteBuffer> pending = Collections.emptyIterator();
  private ByteBuffer buffer;
  private boolean ended;
  private boolean closed;

  TimedBodyStream(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  static HttpResponse.BodyHandler<InputStream> handler(Duration readTimeout) {
    return info -> new TimedBodyStream(readTimeout);
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedFuture(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    queue.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    failure = throwable;
    queue.add(END);
  }

  @Override
  public void onComplete() {
    queue.add(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    if (len == 0) {
      return 0;
    }
    while (buffer == null || !buffer.hasRemaining()) {
      if (pending.hasNext()) {
        buffer = pending.next();
        continue;
      }
      if (ended) {
        return -1;
      }
      List<ByteBuffer> next = poll();
      if (next == END) {
        ended = true;
        if (failure != null) {
          throw failure instanceof IOException io ? io : new IOException(failure);
        }
        return -1;
      }
      pending = next.iterator();
      subscription.request(1);
    }
    int n = Math.min(len, buffer.remaining());
    buffer.get(b, off, n);
    return n;
  }

  private List<ByteBuffer> poll() throws IOException {
    try {
      List<ByteBuffer> next = queue.poll(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      if (next == null) {
        close();
        throw new HttpTimeoutException("no data within " + readTimeout.toMillis() + " ms");
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }
  }
}
