package dev.moat.image.local;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Optional;

/** Files of a local image by relative path ({@code blobs/sha256/ab..}), read in place, unverified. */
interface BlobStore extends Closeable {

  /** The file's bytes, or empty when there is no such file. */
  Optional<InputStream> open(String path);

  /** The file's size, or empty when there is no such file. */
  Optional<Long> size(String path);

  @Override
  void close();
}
