package dev.moat.cli;

import dev.moat.analyze.ProgressListener;
import dev.moat.image.Layer;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line layer progress bar on stderr, drawn only when stderr is a terminal ({@code bin/moat}
 * tells the JVM with {@code -Dmoat.stderr.tty=true}); otherwise Moat stays quiet and parseable.
 */
final class ConsoleProgress implements ProgressListener {

  private static final int WIDTH = 30;
  private final PrintStream err;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;

  private ConsoleProgress(PrintStream err) {
    this.err = err;
  }

  static ProgressListener forStderr() {
    return Boolean.getBoolean("moat.stderr.tty") ? new ConsoleProgress(System.err) : ProgressListener.SILENT;
  }

  @Override
  public void started(int layers, int cached) {
    total = layers;
    draw();
  }

  @Override
  public synchronized void layerDone(Layer layer, boolean fromCache) {
    done.incrementAndGet();
    draw();
    if (done.get() >= total) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }

  private synchronized void draw() {
    int n = done.get();
    int filled = total == 0 ? WIDTH : n * WIDTH / total;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + n + "/" + total + " layers");
    err.flush();
  }
}
