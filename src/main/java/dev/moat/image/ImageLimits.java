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
 * @param ratioCheckAfterBytes the ratio is only enforced once a layer has produced this many
 *     uncompressed bytes: small layers of zeros or sparse files legitimately compress very well
 */
public record ImageLimits(
    long maxManifestBytes,
    long maxConfigBytes,
    long maxLayerBytes,
    double maxCompressionRatio,
    long maxEntries,
    long ratioCheckAfterBytes) {

  /** 64 MiB: below this a layer may have any compression ratio. */
  public static final long DEFAULT_RATIO_CHECK_AFTER_BYTES = 64L << 20;

  public static final ImageLimits DEFAULT =
      new ImageLimits(4L << 20, 8L << 20, 16L << 30, 200.0, 20_000_000L, DEFAULT_RATIO_CHECK_AFTER_BYTES);

  /** The limits with the default ratio grace of 64 MiB. */
  public ImageLimits(
      long maxManifestBytes, long maxConfigBytes, long maxLayerBytes, double maxCompressionRatio, long maxEntries) {
    this(maxManifestBytes, maxConfigBytes, maxLayerBytes, maxCompressionRatio, maxEntries,
        DEFAULT_RATIO_CHECK_AFTER_BYTES);
  }

  public ImageLimits withMaxLayerBytes(long bytes) {
    return new ImageLimits(maxManifestBytes, maxConfigBytes, bytes, maxCompressionRatio, maxEntries,
        ratioCheckAfterBytes);
  }
}
