package dev.moat.image.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.Compression;
import dev.moat.image.FilesystemView;
import dev.moat.image.ImageLimits;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageSource;
import dev.moat.image.LayerStreamer;
import dev.moat.image.MediaTypes;
import dev.moat.image.OciLayoutWriter;
import dev.moat.image.TestLayers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerArchiveSourceTest {

  @TempDir Path tmp;

  private List<OciLayoutWriter.Written> images() {
    OciLayoutWriter writer = new OciLayoutWriter(tmp.resolve("layout"));
    byte[] a = new TestLayers().file("a", "1").tar();
    byte[] b = new TestLayers().file("b", "2").tar();
    return List.of(writer.add("one", "linux/amd64", List.of(a)), writer.add("two", "linux/amd64", List.of(a, b)));
  }

  @Test
  void readsSingleImageArchiveWithoutManifestDigest() throws IOException {
    OciLayoutWriter.Written image = images().get(1);
    Path archive = tmp.resolve("app.docker.tar");
    OciLayoutWriter.writeDockerArchive(archive, List.of(image), List.of(List.of("moat.test/app:1.0")));
    try (ImageSource source = DockerArchiveSource.open(archive.toString(), ImageOptions.DEFAULT)) {
      assertThat(source.image().manifestDigest()).isEmpty();
      assertThat(source.image().manifestMediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
      assertThat(source.image().reference().orElseThrow().normalized()).isEqualTo("moat.test/app:1.0");
      assertThat(source.image().configBlob().digest()).isEqualTo(image.configDigest());
      assertThat(source.image().config().diffIds()).isEqualTo(image.diffIds());
      assertThat(source.image().layers()).allSatisfy(l -> assertThat(l.compression()).isEqualTo(Compression.DETECT));
      FilesystemView view = FilesystemView.build(source, new LayerStreamer(ImageLimits.DEFAULT));
      assertThat(view.nodes()).extracting(FilesystemView.Node::path).containsExactly("/a", "/b");
    }
  }

  @Test
  void picksAnImageByRepoTag() throws IOException {
    List<OciLayoutWriter.Written> images = images();
    Path archive = tmp.resolve("multi.docker.tar");
    OciLayoutWriter.writeDockerArchive(archive, images, List.of(List.of("one:latest"), List.of("example.com/two:2")));
    try (ImageSource source = DockerArchiveSource.open(archive + ":one", ImageOptions.DEFAULT)) {
      assertThat(source.image().configBlob().digest()).isEqualTo(images.get(0).configDigest());
    }
    try (ImageSource source = DockerArchiveSource.open(archive + ":example.com/two:2", ImageOptions.DEFAULT)) {
      assertThat(source.image().configBlob().digest()).isEqualTo(images.get(1).configDigest());
    }
    assertThatThrownBy(() -> DockerArchiveSource.open(archive.toString(), ImageOptions.DEFAULT))
        .hasMessage("cannot read docker-archive:" + archive + ": the archive holds 2 images; name one as docker-archive:"
            + archive + ":REF");
    assertThatThrownBy(() -> DockerArchiveSource.open(archive + ":three", ImageOptions.DEFAULT))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
        .hasMessage("cannot read docker-archive:" + archive + ":three: no image tagged 'three' in the archive");
  }
}
