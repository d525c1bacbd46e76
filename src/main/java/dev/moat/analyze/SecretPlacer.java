package dev.moat.analyze;

import java.util.ArrayList;
import java.util.List;

/** Places each layer's secrets and tells whether an upper layer deleted or replaced their file. */
final class SecretPlacer {

  private SecretPlacer() {}

  static List<LayerSecret> place(List<LayerAnalysis> bottomUp) {
    List<LayerSecret> placed = new ArrayList<>();
    for (int i = 0; i < bottomUp.size(); i++) {
      LayerAnalysis layer = bottomUp.get(i);
      for (var finding : layer.secrets()) {
        placed.add(new LayerSecret(finding, layer.diffId(), hiddenAbove(finding.path(), bottomUp, i)));
      }
    }
    return placed;
  }

  /** Whether a layer above {@code index} deletes, hides or rewrites {@code path}. */
  private static boolean hiddenAbove(String path, List<LayerAnalysis> bottomUp, int index) {
    for (int j = index + 1; j < bottomUp.size(); j++) {
      LayerAnalysis upper = bottomUp.get(j);
      for (String deleted : upper.whiteouts()) {
        if (path.equals(deleted) || path.startsWith(deleted + "/")) {
          return true;
        }
      }
      for (String dir : upper.opaqueDirectories()) {
        if (path.startsWith(dir.endsWith("/") ? dir : dir + "/")) {
          return true;
        }
      }
    }
    return false;
  }
}
