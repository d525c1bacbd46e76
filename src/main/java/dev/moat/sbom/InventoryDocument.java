package dev.moat.sbom;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moat's own inventory JSON ({@code --format json}), schema version 1: the image, its OS, and each
 * package with purl, layer and path.
 */
public record InventoryDocument(int schemaVersion, ImageInfo image, Optional<OperatingSystem> os, List<Entry> packages) {

  /** The scanned image. */
  public record ImageInfo(String name, Optional<String> manifestDigest, String configDigest, String platform,
      List<String> diffIds) {}

  /** One package. */
  public record Entry(String type, String name, String version, String purl, Optional<String> sourceName,
      Optional<String> sourceVersion, Optional<String> arch, List<String> licenses, String layer, String path,
      Map<String, String> properties, List<String> dependsOn) {}

  static InventoryDocument of(Inventory inventory, BomRefs refs) {
    var image = inventory.image();
    ImageInfo info = new ImageInfo(image.name(), image.manifestDigest(), image.configBlob().digest(),
        image.platform().toString(), image.config().diffIds());
    List<Entry> entries = inventory.packages().stream()
        .map(p -> new Entry(p.type(), p.name(), p.version(), refs.purl(p), p.sourceName(), p.sourceVersion(),
            p.arch(), p.licenses(), p.layer(), p.path(), p.properties(), p.dependsOn()))
        .toList();
    return new InventoryDocument(1, info, inventory.os(), entries);
  }
}
