package dev.moat.image;

import java.util.List;
import java.util.Optional;

/**
 * A resolved image: where it came from, the manifest that describes it (digest where the source
 * has one), its configuration and its layers, base first.
 *
 * @param name what the user asked for, normalised (e.g. {@code docker.io/library/alpine:3.20})
 * @param reference the registry reference, when the image has one (registries, docker-archive tags)
 * @param manifestDigest digest of the manifest bytes; absent for docker-archive, which has none
 * @param indexDigest digest of the index or manifest list the manifest was chosen from, if any
 */
public record Image(
    String name,
    Optional<ImageReference> reference,
    Optional<String> manifestDigest,
    Optional<String> indexDigest,
    String manifestMediaType,
    Descriptor configBlob,
    ImageConfig config,
    List<Layer> layers) {

  public Image {
    layers = List.copyOf(layers);
  }

  public Platform platform() {
    return config.platform();
  }
}
