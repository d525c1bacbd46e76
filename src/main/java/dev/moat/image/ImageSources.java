package dev.moat.image;

import dev.moat.image.local.DockerArchiveSource;
import dev.moat.image.local.OciArchiveSource;
import dev.moat.image.local.OciLayoutSource;
import dev.moat.image.registry.RegistryImageSource;

/**
 * Opens an image from a skopeo-style name: {@code docker://REF} or a plain reference for a
 * registry, {@code oci:DIR[:TAG]}, {@code oci-archive:FILE[:TAG]}, {@code docker-archive:FILE}.
 */
public final class ImageSources {

  private ImageSources() {}

  public static ImageSource open(String name, ImageOptions options) {
    if (name.startsWith("oci:")) {
      return OciLayoutSource.open(name.substring("oci:".length()), options);
    }
    if (name.startsWith("oci-archive:")) {
      return OciArchiveSource.open(name.substring("oci-archive:".length()), options);
    }
    if (name.startsWith("docker-archive:")) {
      return DockerArchiveSource.open(name.substring("docker-archive:".length()), options);
    }
    String reference = name.startsWith("docker://") ? name.substring("docker://".length()) : name;
    return RegistryImageSource.open(ImageReference.parse(reference), options);
  }
}
