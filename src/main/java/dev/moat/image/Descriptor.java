package dev.moat.image;

import java.util.Map;
import java.util.Optional;

/** An OCI content descriptor: what a manifest says about a blob it points to. */
public record Descriptor(
    String mediaType,
    String digest,
    long size,
    Optional<Platform> platform,
    Map<String, String> annotations) {

  public Descriptor {
    annotations = Map.copyOf(annotations);
  }

  public static Descriptor of(String mediaType, String digest, long size) {
    return new Descriptor(mediaType, digest, size, Optional.empty(), Map.of());
  }
}
