package dev.moat.image;

import dev.moat.MoatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An OCI image manifest or Docker v2 schema 2 manifest: a config blob and layer blobs, base first. */
public record ImageManifest(String mediaType, Descriptor config, List<Descriptor> layers)
    implements ManifestParser.Parsed {

  public ImageManifest {
    layers = List.copyOf(layers);
  }

  /**
   * The image this manifest describes, pairing each layer blob with its diffID from {@code config}.
   * Fails when the config lists a different number of diffIDs than the manifest has layers.
   */
  public Image toImage(String name, Optional<ImageReference> reference, Optional<String> manifestDigest,
      Optional<String> indexDigest, ImageConfig imageConfig) {
    if (imageConfig.diffIds().size() != layers.size()) {
      throw MoatException.invalid("cannot read " + name + ": the manifest has " + layers.size()
          + " layers but the config lists " + imageConfig.diffIds().size() + " diffIDs");
    }
    List<Layer> result = new ArrayList<>(layers.size());
    for (int i = 0; i < layers.size(); i++) {
      result.add(new Layer(i, layers.get(i), imageConfig.diffIds().get(i)));
    }
    return new Image(name, reference, manifestDigest, indexDigest, mediaType, config, imageConfig, result);
  }
}
