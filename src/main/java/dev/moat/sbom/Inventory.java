package dev.moat.sbom;

import dev.moat.image.Image;
import java.util.List;
import java.util.Optional;

/** Everything found in an image: its OS and its packages, each placed in a layer and path. */
public record Inventory(Image image, Optional<OperatingSystem> os, List<Package> packages) {

  public Inventory {
    packages = List.copyOf(packages);
  }
}
