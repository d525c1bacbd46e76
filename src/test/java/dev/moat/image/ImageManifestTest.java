package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageManifestTest {

  private final ImageManifest manifest = (ImageManifest) ManifestParser.parse(
      ManifestParserTest.resource("oci-manifest-app.json"), Optional.empty(), "m");

  @Test
  void pairsLayersWithDiffIdsInOrder() {
    ImageConfig config = ConfigParser.parse(ManifestParserTest.resource("oci-config-app.json"), "c");
    Image image = manifest.toImage("oci:x:app", Optional.empty(), Optional.of("sha256:" + "1".repeat(64)),
        Optional.empty(), config);
    assertThat(image.layers()).extracting(Layer::index).containsExactly(0, 1);
    assertThat(image.layers()).extracting(Layer::diffId).isEqualTo(config.diffIds());
    assertThat(image.layers().get(1).blob()).isEqualTo(manifest.layers().get(1));
    assertThat(image.configBlob()).isEqualTo(manifest.config());
    assertThat(image.manifestMediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
  }

  @Test
  void refusesADiffIdCountThatDiffersFromTheLayers() {
    ImageConfig oneLayer = ConfigParser.parse(ManifestParserTest.resource("docker-v2s2-config.json"), "c");
    assertThatThrownBy(() -> manifest.toImage("oci:x:app", Optional.empty(), Optional.empty(), Optional.empty(),
        oneLayer)).hasMessage("cannot read oci:x:app: the manifest has 2 layers but the config lists 1 diffIDs");
    assertThat(List.of(manifest.layers().size())).containsExactly(2);
  }
}
