package dev.moat.image;

/**
 * Bounds on what an image may make Moat read. Every size coming from an image is checked against
 * one of these; the defaults admit real images of several GB and refuse decompression bombs.
 *
 * @param maxManifestBytes largest manifest or index accepted
 * @param maxConfigBytes largest image config accepted
 * @param maxLayerBytes largest uncompressed layer
 * @param maxCompressionRatio largest uncompressed/compressed ratio of a layer
 * @param maxEntries largest number of tar entries in one layer
 */
public record ImageLimits(
    long maxManifestBytes, long maxConfigBytes, long maxLayerBytes, double maxCompressionRatio, long maxEntries) {

  public static final ImageLimits DEFAULT =
      new ImageLimits(4L << 20, 8L << 20, 16L << 30, 200.0, 20_000_000L);
}
