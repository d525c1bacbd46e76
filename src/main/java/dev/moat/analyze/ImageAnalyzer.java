package dev.moat.analyze;

import dev.moat.MoatException;
import dev.moat.image.Image;
import dev.moat.image.Layer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The inventory engine: analyses the layers of an image in parallel, each read once and only for
 * the files some analyzer wants, serves layers seen before from the layer cache, and stacks the
 * per-layer results into the image's inventory.
 */
public final class ImageAnalyzer {

  private final Analyzers analyzers;
  private final AnalysisOptions options;
  private final Path tempRoot;

  public ImageAnalyzer(Analyzers analyzers, AnalysisOptions options, Path tempRoot) {
    this.analyzers = analyzers;
    this.options = options;
    this.tempRoot = tempRoot;
  }

  /** Analyses {@code image}, reading layers through {@code walker} only when they are not cached. */
  public ImageAnalysis analyze(Image image, LayerWalker walker) {
    Optional<LayerCache> cache = options.cacheDirectory()
        .map(dir -> new LayerCache(dir, analyzers.fingerprint() + "|" + options.fingerprint()));
    List<Layer> layers = image.layers();
    LayerAnalysis[] results = new LayerAnalysis[layers.size()];
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      String diffId = layers.get(i).diffId();
      Optional<LayerAnalysis> cached = cache.flatMap(c -> c.get(diffId));
      if (cached.isPresent()) {
        results[i] = cached.get();
      } else {
        todo.add(i);
      }
    }
    int fromCache = layers.size() - todo.size();
    options.progress().started(layers.size(), fromCache);
    for (int i = 0; i < layers.size(); i++) {
      if (results[i] != null) {
        options.progress().layerDone(layers.get(i), true);
      }
    }
    try {
      analyzeInParallel(layers, todo, walker, results, cache);
    } finally {
      removeIfEmpty(tempRoot);
    }
    List<LayerAnalysis> bottomUp = List.of(results);
    List<String> warnings = bottomUp.stream().flatMap(l -> l.warnings().stream()).toList();
    return new ImageAnalysis(InventoryAssembler.assemble(image, bottomUp),
        SecretPlacer.place(bottomUp), warnings, fromCache);
  }

  private void analyzeInParallel(List<Layer> layers, List<Integer> todo, LayerWalker walker,
      LayerAnalysis[] results, Optional<LayerCache> cache) {
    if (todo.isEmpty()) {
      return;
    }
    List<FileAnalyzer> active = options.packages() ? analyzers.list() : List.of();
    LayerAnalyzer layerAnalyzer = new LayerAnalyzer(active, options.secrets(), options.skip(), tempRoot);
    int threads = Math.max(1, Math.min(options.parallelism(), todo.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "moat-layer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int index : todo) {
        Layer layer = layers.get(index);
        futures.add(pool.submit(() -> {
          LayerAnalysis result = layerAnalyzer.analyze(layer, walker);
          results[index] = result;
          cache.ifPresent(c -> c.put(result));
          options.progress().layerDone(layer, false);
        }));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The temp root is this process's; per-layer directories below it are already gone. */
  private static void removeIfEmpty(Path dir) {
    try {
      java.nio.file.Files.deleteIfExists(dir);
    } catch (java.io.IOException e) {
      // not empty (another scan in this process is running) or already gone
    }
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MoatException(MoatException.Kind.INTERNAL, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new MoatException(MoatException.Kind.INTERNAL, String.valueOf(cause), cause);
    }
  }
}
