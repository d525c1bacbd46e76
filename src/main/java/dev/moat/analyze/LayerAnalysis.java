package dev.moat.analyze;

import dev.moat.secret.SecretFinding;
import java.util.List;
import java.util.Map;

/**
 * What analysing one layer on its own produced: findings per analysed file, the deletions the
 * layer applies to the layers below it, and secrets. It depends only on the layer's content, so
 * it is cached by diffID.
 *
 * @param diffId the layer's uncompressed digest
 * @param files findings per absolute path (an analysed file with no findings is kept, empty, so it
 *     still hides a lower layer's file at the same path)
 * @param whiteouts paths this layer deletes from lower layers
 * @param opaqueDirectories directories whose lower-layer content this layer hides
 * @param secrets secrets found in this layer's files (reported even if an upper layer deletes them:
 *     the bytes still ship in the image)
 * @param warnings files that could not be analysed, and why
 */
public record LayerAnalysis(
    String diffId,
    Map<String, FileFindings> files,
    List<String> whiteouts,
    List<String> opaqueDirectories,
    List<SecretFinding> secrets,
    List<String> warnings) {

  public LayerAnalysis {
    files = Map.copyOf(files);
    whiteouts = List.copyOf(whiteouts);
    opaqueDirectories = List.copyOf(opaqueDirectories);
    secrets = List.copyOf(secrets);
    warnings = List.copyOf(warnings);
  }
}
