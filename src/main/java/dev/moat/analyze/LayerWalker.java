package dev.moat.analyze;

import dev.moat.image.Layer;
import dev.moat.image.LayerVisitor;

/** Streams the entries of one layer of the image being analysed, in tar order. */
@FunctionalInterface
public interface LayerWalker {
  void walk(Layer layer, LayerVisitor visitor);
}
