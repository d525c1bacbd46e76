package dev.moat.image;

/** How a layer blob is compressed. */
public enum Compression {
  NONE,
  GZIP,
  ZSTD,
  /** Media type says nothing reliable (docker-archive): sniff the magic bytes. */
  DETECT;

  static Compression fromMediaType(String mediaType) {
    if (mediaType == null) {
      return DETECT;
    }
    if (mediaType.endsWith("+gzip") || mediaType.endsWith(".gzip")) {
      return GZIP;
    }
    if (mediaType.endsWith("+zstd") || mediaType.endsWith(".zstd")) {
      return ZSTD;
    }
    if (mediaType.endsWith(".tar") || mediaType.endsWith("layer.v1.tar")) {
      return NONE;
    }
    return DETECT;
  }
}
