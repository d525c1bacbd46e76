package dev.moat.analyze;

import dev.moat.image.Layer;

/** Told about analysis work as it happens, e.g. to draw a progress bar. Called from several threads. */
public interface ProgressListener {

  ProgressListener SILENT = new ProgressListener() {};

  /** The analysis of {@code layers} layers, {@code cached} of them from the cache, starts. */
  default void started(int layers, int cached) {}

  /** A layer was fully analysed (or taken from the cache). */
  default void layerDone(Layer layer, boolean fromCache) {}
}
