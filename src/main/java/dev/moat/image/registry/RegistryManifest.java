package dev.moat.image.registry;

import dev.moat.image.MediaTypes;

/**
 * A manifest or index as a registry served it: the exact bytes (their sha256 is the digest), the
 * media type and the digest, already checked against {@code Docker-Content-Digest}.
 */
public record RegistryManifest(String mediaType, String digest, byte[] bytes) {

  public RegistryManifest {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether this is an OCI image index or a Docker manifest list. */
  public boolean isIndex() {
    return MediaTypes.isIndex(mediaType);
  }
}
