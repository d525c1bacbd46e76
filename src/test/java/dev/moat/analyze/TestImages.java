package dev.moat.analyze;

import dev.moat.image.Descriptor;
import dev.moat.image.Image;
import dev.moat.image.ImageConfig;
import dev.moat.image.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds small in-memory {@link Image} values for engine tests. */
final class TestImages {

  private TestImages() {}

  static String diffId(int n) {
    return "sha256:" + String.format("%064x", n);
  }

  static Image withLayers(int count) {
    List<Layer> layers = new ArrayList<>();
    List<String> diffIds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      layers.add(new Layer(i, Descriptor.of("application/vnd.oci.image.layer.v1.tar", diffId(i + 1), 10), diffId(i + 1)));
      diffIds.add(diffId(i + 1));
    }
    ImageConfig config = new ImageConfig("linux", "amd64", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of(), Map.of(), diffIds);
    return new Image("test", Optional.empty(), Optional.empty(), Optional.empty(),
        "application/vnd.oci.image.manifest.v1+json", Descriptor.of("application/vnd.oci.image.config.v1+json",
            diffId(999), 10), config, layers);
  }
}
