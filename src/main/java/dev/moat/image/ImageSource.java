package dev.moat.image;

import java.io.Closeable;
import java.io.InputStream;

/**
 * Where an image's bytes come from: a registry, an OCI layout, an OCI archive or a docker-archive.
 * Implementations verify every blob against its digest while the caller reads it: a mismatch
 * surfaces as a {@link dev.moat.MoatException} when the stream reaches its end.
 */
public interface ImageSource extends Closeable {

  /** The resolved image; resolution (manifest, config) happens once, on first call. */
  Image image();

  /** The layer blob as stored (compressed), digest-verified while read. */
  InputStream openLayer(Layer layer);

  @Override
  void close();
}
