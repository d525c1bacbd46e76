package dev.moat.image;

import dev.moat.MoatException;
import java.util.List;
import java.util.stream.Collectors;

/** An OCI image index or Docker manifest list: manifests for several platforms (or tags). */
public record ImageIndex(String mediaType, List<Descriptor> manifests) implements ManifestParser.Parsed {

  private static final String ATTESTATION_PLATFORM = "unknown/unknown";

  public ImageIndex {
    manifests = List.copyOf(manifests);
  }

  /**
   * The manifest for {@code platform}: the first entry whose platform it accepts (index order is the
   * registry's preference, as containerd takes it). Entries without a platform match only when
   * they are the only entry. {@code what} names the image in errors.
   */
  public Descriptor select(Platform platform, String what) {
    for (Descriptor d : manifests) {
      if (d.platform().isPresent() && platform.accepts(d.platform().get())) {
        return d;
      }
    }
    if (manifests.size() == 1 && manifests.get(0).platform().isEmpty()) {
      return manifests.get(0);
    }
    // BuildKit lists its attestation manifests as unknown/unknown: they are not images to offer.
    String offered = manifests.stream()
        .map(d -> d.platform().map(Platform::toString).orElse("unknown"))
        .filter(p -> !p.equals(ATTESTATION_PLATFORM))
        .distinct()
        .collect(Collectors.joining(", "));
    throw MoatException.notFound(what + ": no manifest for platform " + platform
        + (manifests.isEmpty() ? " (the index is empty)"
            : offered.isEmpty() ? " (the index offers no platform image)" : " (the index offers " + offered + ")"));
  }
}
