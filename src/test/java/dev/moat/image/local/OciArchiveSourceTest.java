package dev.moat.image.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.FilesystemView;
import dev.moat.image.ImageLimits;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageSource;
import dev.moat.image.LayerStreamer;
import dev.moat.image.OciLayoutWriter;
import dev.moat.image.TestLayers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OciArchiveSourceTest {

  @TempDir Path tmp;

  @Test
  void readsBlobsInPlaceFromTheArchive() throws IOException {
    OciLayoutWriter writer = new OciLayoutWriter(tmp.resolve("layout"));
    byte[] tar = new TestLayers().file("usr/bin/env", "x").symlink("bin", "usr/bin").tar();
    OciLayoutWriter.Written written = writer.add("v1", "linux/amd64", List.of(tar));
    Path archive = tmp.resolve("image.oci.tar");
    writer.packArchive(archive);
    for (String spec : List.of(archive.toString(), archive + ":v1")) {
      try (ImageSource source = OciArchiveSource.open(spec, ImageOptions.DEFAULT)) {
        assertThat(source.image().name()).isEqualTo("oci-archive:" + spec);
        assertThat(source.image().manifestDigest()).contains(written.manifestDigest());
        assertThat(source.image().configBlob().digest()).isEqualTo(written.configDigest());
        FilesystemView view = FilesystemView.build(source, new LayerStreamer(ImageLimits.DEFAULT));
        assertThat(view.resolve("/bin/env")).contains("/usr/bin/env");
      }
    }
  }

  @Test
  void reportsMissingFileAndNonArchive() throws IOException {
    Path missing = tmp.resolve("missing.tar");
    assertThatThrownBy(() -> OciArchiveSource.open(missing.toString(), ImageOptions.DEFAULT))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
        .hasMessage("cannot read oci-archive:" + missing + ": no such file " + missing);
    Path text = Files.writeString(tmp.resolve("text.tar"), "this is not a tar archive at all");
    assertThatThrownBy(() -> OciArchiveSource.open(text.toString(), ImageOptions.DEFAULT))
        .isInstanceOf(MoatException.class)
        .hasMessageStartingWith("cannot read oci-archive:" + text + ": not");
  }
}
