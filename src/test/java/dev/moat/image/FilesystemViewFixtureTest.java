package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.image.local.OciLayoutSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The final filesystem of the real fixture images: whiteouts from truth/deleted.txt, gzip vs zstd. */
class FilesystemViewFixtureTest {

  private static Path fixtures;

  @BeforeAll
  static void fixtures() {
    fixtures = dev.moat.scan.Fixtures.dir();
  }

  private static FilesystemView view(String name) {
    try (ImageSource source = ImageSources.open(name, ImageOptions.DEFAULT)) {
      return FilesystemView.build(source, new LayerStreamer(ImageLimits.DEFAULT));
    }
  }

  private static boolean present(FilesystemView view, String path) {
    return view.get(path).isPresent() || view.nodes().stream().anyMatch(n -> n.path().startsWith(path + "/"));
  }

  @Test
  void pathsDeletedByTheAppLayerAreGoneButPresentInTheBase() throws IOException {
    List<String> deleted = Files.readAllLines(fixtures.resolve("truth/deleted.txt")).stream()
        .filter(l -> !l.isBlank()).toList();
    assertThat(deleted).isNotEmpty();
    FilesystemView base = view("oci:" + fixtures.resolve("oci") + ":bookworm");
    FilesystemView app = view("oci:" + fixtures.resolve("oci") + ":app");
    for (String path : deleted) {
      assertThat(present(base, path)).as("%s in bookworm", path).isTrue();
      assertThat(present(app, path)).as("%s in app", path).isFalse();
    }
    assertThat(app.get("/app").orElseThrow().layerIndex()).isEqualTo(1);
    assertThat(app.get("/etc/os-release").orElseThrow().layerIndex()).isZero();
    assertThat(app.resolve("/bin/bash")).contains("/usr/bin/bash");
  }

  @Test
  void zstdRecompressionBySkopeoGivesTheSameFilesystem(@TempDir Path tmp) throws Exception {
    Path layout = tmp.resolve("zstd");
    Process skopeo = new ProcessBuilder("skopeo", "copy", "-q", "--dest-compress-format", "zstd",
        "oci:" + fixtures.resolve("oci") + ":app", "oci:" + layout + ":app-zstd")
        .redirectErrorStream(true).start();
    String output = new String(skopeo.getInputStream().readAllBytes());
    assertThat(skopeo.waitFor()).as(output).isZero();
    try (ImageSource source = OciLayoutSource.open(layout + ":app-zstd", ImageOptions.DEFAULT)) {
      assertThat(source.image().layers()).allSatisfy(l -> assertThat(l.compression()).isEqualTo(Compression.ZSTD));
    }
    FilesystemView gzip = view("oci:" + fixtures.resolve("oci") + ":app");
    FilesystemView zstd = view("oci:" + layout + ":app-zstd");
    assertThat(zstd.size()).isEqualTo(gzip.size());
    assertThat(zstd.nodes()).extracting(FilesystemView.Node::entry).containsExactlyElementsOf(
        gzip.nodes().stream().map(FilesystemView.Node::entry).toList());
  }
}
