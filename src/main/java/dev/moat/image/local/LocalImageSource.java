package dev.moat.image.local;

import dev.moat.image.Image;
import dev.moat.image.ImageSource;
import dev.moat.image.Layer;
import java.io.InputStream;
import java.util.List;

/** An image resolved from local files: layers are read in place and verified against their digests. */
final class LocalImageSource implements ImageSource {

  private final Image image;
  private final LocalBlobs blobs;
  private final BlobStore store;
  private final List<String> layerPaths;

  /** {@code layerPaths} are the files of {@code image}'s layers, in layer order. */
  LocalImageSource(Image image, LocalBlobs blobs, BlobStore store, List<String> layerPaths) {
    this.image = image;
    this.blobs = blobs;
    this.store = store;
    this.layerPaths = List.copyOf(layerPaths);
  }

  @Override
  public Image image() {
    return image;
  }

  @Override
  public InputStream openLayer(Layer layer) {
    String what = "cannot read " + image.name() + ": layer " + layer.blob().digest();
    return blobs.open(layerPaths.get(layer.index()), layer.blob(), what);
  }

  @Override
  public void close() {
    store.close();
  }
}
