package dev.moat.image.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.FilesystemView;
import dev.moat.image.Image;
import dev.moat.image.ImageLimits;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageSource;
import dev.moat.image.LayerStreamer;
import dev.moat.image.OciLayoutWriter;
import dev.moat.image.Platform;
import dev.moat.image.TestLayers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OciLayoutSourceTest {

  @TempDir Path tmp;

  private static final byte[] BASE = new TestLayers().dir("etc").file("etc/motd", "hi").file("etc/hosts", "h").tar();
  private static final byte[] UPPER = new TestLayers().file("etc/.wh.motd", "").file("app/run", "go").tar();

  private OciLayoutWriter.Written writeApp(Path dir) {
    return new OciLayoutWriter(dir).add("app", "linux/amd64", List.of(BASE, UPPER));
  }

  @Test
  void resolvesTaggedImageWithConfigAndLayers() {
    OciLayoutWriter.Written written = writeApp(tmp);
    try (ImageSource source = OciLayoutSource.open(tmp + ":app", ImageOptions.DEFAULT)) {
      Image image = source.image();
      assertThat(image.name()).isEqualTo("oci:" + tmp + ":app");
      assertThat(image.manifestDigest()).contains(written.manifestDigest());
      assertThat(image.configBlob().digest()).isEqualTo(written.configDigest());
      assertThat(image.config().user()).contains("app");
      assertThat(image.config().env()).containsExactly("PATH=/usr/bin", "MODE=test");
      assertThat(image.layers()).extracting(l -> l.blob().digest()).isEqualTo(written.layerDigests());
      assertThat(image.layers()).extracting(l -> l.diffId()).isEqualTo(written.diffIds());
      FilesystemView view = FilesystemView.build(source, new LayerStreamer(ImageLimits.DEFAULT));
      assertThat(view.nodes()).extracting(FilesystemView.Node::path).containsExactly("/app/run", "/etc", "/etc/hosts");
    }
  }

  @Test
  void acceptsNoTagWhenTheLayoutHoldsOneImage() {
    writeApp(tmp);
    try (ImageSource source = OciLayoutSource.open(tmp.toString(), ImageOptions.DEFAULT)) {
      assertThat(source.image().layers()).hasSize(2);
    }
  }

  @Test
  void requiresATagWhenTheLayoutHoldsSeveralAndNamesThem() {
    OciLayoutWriter writer = new OciLayoutWriter(tmp);
    writer.add("one", "linux/amd64", List.of(BASE));
    writer.add("two", "linux/amd64", List.of(BASE));
    assertThatThrownBy(() -> OciLayoutSource.open(tmp.toString(), ImageOptions.DEFAULT))
        .hasMessage("cannot read oci:" + tmp + ": the layout holds 2 images; name one as oci:" + tmp
            + ":TAG (tags: one, two)");
    assertThatThrownBy(() -> OciLayoutSource.open(tmp + ":three", ImageOptions.DEFAULT))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
        .hasMessage("cannot read oci:" + tmp + ":three: no image tagged 'three' (tags: one, two)");
  }

  @Test
  void followsAnIndexToThePlatformManifest() throws IOException {
    OciLayoutWriter writer = new OciLayoutWriter(tmp);
    OciLayoutWriter.Written amd = writer.add(null, "linux/amd64", List.of(BASE));
    OciLayoutWriter.Written arm = writer.add(null, "linux/arm64", List.of(UPPER));
    String indexDigest = writer.addIndex("multi", List.of(amd, arm), List.of("linux/amd64", "linux/arm64"));
    try (ImageSource source = OciLayoutSource.open(tmp + ":multi", ImageOptions.DEFAULT)) {
      assertThat(source.image().manifestDigest()).contains(amd.manifestDigest());
      assertThat(source.image().indexDigest()).contains(indexDigest);
    }
    ImageOptions arm64 = ImageOptions.DEFAULT.withPlatform(Platform.parse("linux/arm64"));
    try (ImageSource source = OciLayoutSource.open(tmp + ":multi", arm64)) {
      assertThat(source.image().manifestDigest()).contains(arm.manifestDigest());
      assertThat(source.image().platform().architecture()).isEqualTo("arm64");
    }
    ImageOptions s390 = ImageOptions.DEFAULT.withPlatform(Platform.parse("linux/s390x"));
    assertThatThrownBy(() -> OciLayoutSource.open(tmp + ":multi", s390))
        .hasMessageContaining("no manifest for platform linux/s390x (the index offers linux/amd64, linux/arm64)");
  }

  @Test
  void reportsMissingAndTamperedBlobsNamingThem() throws IOException {
    OciLayoutWriter.Written written = writeApp(tmp);
    Path config = new OciLayoutWriter(tmp).blobPath(written.configDigest());
    Files.writeString(config, Files.readString(config).replace("\"app\"", "\"xyz\""));
    assertThatThrownBy(() -> OciLayoutSource.open(tmp + ":app", ImageOptions.DEFAULT))
        .hasMessageStartingWith("cannot read oci:" + tmp + ":app: config " + written.configDigest()
            + " does not match its digest");
    Files.delete(config);
    assertThatThrownBy(() -> OciLayoutSource.open(tmp + ":app", ImageOptions.DEFAULT))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
        .hasMessage("cannot read oci:" + tmp + ":app: config " + written.configDigest() + " is missing from the image");
  }

  @Test
  void reportsATamperedLayerWhenStreamed() throws IOException {
    OciLayoutWriter.Written written = writeApp(tmp);
    Path layer = new OciLayoutWriter(tmp).blobPath(written.layerDigests().get(1));
    Files.write(layer, TestLayers.gzip(new TestLayers().file("evil", "x").tar()));
    try (ImageSource source = OciLayoutSource.open(tmp + ":app", ImageOptions.DEFAULT)) {
      assertThatThrownBy(() -> new LayerStreamer(ImageLimits.DEFAULT).stream(source, source.image().layers().get(1),
          (e, c) -> {}))
          .isInstanceOf(MoatException.class)
          .hasMessageContaining("layer " + written.layerDigests().get(1));
    }
  }

  @Test
  void refusesOversizedAndMalformedManifests() throws IOException {
    OciLayoutWriter.Written written = writeApp(tmp);
    ImageOptions tiny = ImageOptions.DEFAULT.withLimits(new ImageLimits(100, 100, 1 << 20, 10, 10));
    assertThatThrownBy(() -> OciLayoutSource.open(tmp + ":app", tiny))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED))
        .hasMessageContaining("more than the limit of 100");
    Files.writeString(tmp.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[");
    assertThatThrownBy(() -> OciLayoutSource.open(tmp + ":app", ImageOptions.DEFAULT))
        .hasMessageStartingWith("cannot read oci:" + tmp + ":app: index.json is not valid JSON");
    assertThat(written.manifestDigest()).startsWith("sha256:");
  }

  @Test
  void refusesWhatIsNotALayout() throws IOException {
    assertThatThrownBy(() -> OciLayoutSource.open(tmp.resolve("nope").toString(), ImageOptions.DEFAULT))
        .hasMessage("cannot read oci:" + tmp.resolve("nope") + ": no such directory " + tmp.resolve("nope"));
    Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> OciLayoutSource.open(tmp.resolve("empty").toString(), ImageOptions.DEFAULT))
        .hasMessage("cannot read oci:" + tmp.resolve("empty") + ": not an OCI image layout (no oci-layout file)");
  }
}
