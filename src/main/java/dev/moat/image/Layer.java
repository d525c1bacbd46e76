package dev.moat.image;

/**
 * One layer of an image: its position from the bottom (0 = base), the blob as stored
 * (compressed digest, size, media type) and its diffID, the digest of the uncompressed tar, which
 * identifies the layer's content whatever its compression.
 */
public record Layer(int index, Descriptor blob, String diffId) {

  /** The compression of the stored blob, decided from its media type. */
  public Compression compression() {
    return Compression.fromMediaType(blob.mediaType());
  }
}
