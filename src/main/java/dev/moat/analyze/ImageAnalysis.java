package dev.moat.analyze;

import dev.moat.sbom.Inventory;
import java.util.List;

/**
 * The result of analysing an image: its inventory, the secrets found in any layer, and the files
 * that could not be analysed.
 *
 * @param secrets secrets with the layer they were found in
 * @param layersFromCache how many layers were served from the layer cache
 */
public record ImageAnalysis(Inventory inventory, List<LayerSecret> secrets, List<String> warnings, int layersFromCache) {

  public ImageAnalysis {
    secrets = List.copyOf(secrets);
    warnings = List.copyOf(warnings);
  }
}
