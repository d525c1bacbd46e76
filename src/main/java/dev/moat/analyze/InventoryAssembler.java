package dev.moat.analyze;

import dev.moat.image.Image;
import dev.moat.sbom.Inventory;
import dev.moat.sbom.OperatingSystem;
import dev.moat.sbom.Package;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stacks per-layer results into the image's inventory the way the image's filesystem stacks: each
 * layer's whiteouts and opaque directories hide what lower layers had there, and a file in an
 * upper layer replaces the same path below.
 */
final class InventoryAssembler {

  private static final Set<String> OS_PACKAGE_TYPES = Set.of("deb", "apk", "rpm");
  /** Distroless images keep one dpkg status file per package here instead of /var/lib/dpkg/status. */
  private static final String DISTROLESS_DPKG = "/var/lib/dpkg/status.d/";

  private InventoryAssembler() {}

  static Inventory assemble(Image image, List<LayerAnalysis> layersBottomUp) {
    NavigableMap<String, Placed> visible = new TreeMap<>();
    for (LayerAnalysis layer : layersBottomUp) {
      layer.opaqueDirectories().forEach(dir -> removeBelow(visible, dir));
      for (String deleted : layer.whiteouts()) {
        visible.remove(deleted);
        removeBelow(visible, deleted);
      }
      for (Map.Entry<String, FileFindings> file : layer.files().entrySet()) {
        visible.put(file.getKey(), new Placed(layer.diffId(), file.getValue()));
      }
    }
    Optional<OperatingSystem> os = Optional.empty();
    int osPriority = Integer.MIN_VALUE;
    Set<String> owned = new HashSet<>();
    for (Placed placed : visible.values()) {
      FileFindings f = placed.findings();
      if (f.os().isPresent() && f.osPriority() >= osPriority) {
        os = f.os();
        osPriority = f.osPriority();
      }
      owned.addAll(f.ownedFiles());
    }
    List<Package> packages = new ArrayList<>();
    for (Placed placed : visible.values()) {
      for (Package p : placed.findings().packages()) {
        if (!OS_PACKAGE_TYPES.contains(p.type()) && owned.contains(outerPath(p.path()))) {
          continue;
        }
        packages.add(p.inLayer(placed.diffId()));
      }
    }
    packages = LockFileDeduplicator.deduplicate(packages);
    boolean distroless = packages.stream().anyMatch(p -> p.path().startsWith(DISTROLESS_DPKG));
    if (distroless && os.isPresent() && !os.get().distroless()) {
      OperatingSystem o = os.get();
      os = Optional.of(new OperatingSystem(o.family(), o.version(), o.codename(), o.prettyName(), true));
    }
    return new Inventory(image, os, packages);
  }

  private static void removeBelow(NavigableMap<String, Placed> visible, String dir) {
    String prefix = dir.endsWith("/") ? dir : dir + "/";
    visible.subMap(prefix, true, prefix + Character.MAX_VALUE, true).clear();
  }

  /** The file a package was found in, outside any nested archive ({@code /a.war!/x.jar} is in {@code /a.war}). */
  private static String outerPath(String path) {
    int bang = path.indexOf('!');
    return bang < 0 ? path : path.substring(0, bang);
  }

  private record Placed(String diffId, FileFindings findings) {}
}
