package dev.moat.cli;

import dev.moat.MoatException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs a piece of work with a time limit ({@code --timeout}); past it, the work is abandoned with a clear error. */
final class Deadline {

  private Deadline() {}

  static <T> T run(Duration limit, String what, Supplier<T> work) {
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "moat-scan");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<T> future = executor.submit(work::get);
      return future.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new MoatException(MoatException.Kind.NETWORK, what + " timed out after " + limit.toString()
          .substring(2).toLowerCase(java.util.Locale.ROOT) + " (raise --timeout)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MoatException(MoatException.Kind.INTERNAL, what + " was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new MoatException(MoatException.Kind.INTERNAL, what + " failed: " + e.getCause(), e.getCause());
    } finally {
      executor.shutdownNow();
    }
  }
}
