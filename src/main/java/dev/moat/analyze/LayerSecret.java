package dev.moat.analyze;

import dev.moat.secret.SecretFinding;

/**
 * A secret found in a layer. {@code deletedInFinalImage} is true when an upper layer deleted or
 * replaced the file: the secret is invisible in a container but still ships in the image.
 */
public record LayerSecret(SecretFinding finding, String layerDiffId, boolean deletedInFinalImage) {}
