package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.image.OciLayoutWriter;
import dev.moat.image.TestLayers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLsCommandTest {

  @TempDir Path tmp;

  private String image() {
    byte[] base = new TestLayers().dir("usr/bin").file("usr/bin/env", "#!").file("etc/motd", "hi").tar();
    byte[] upper = new TestLayers().file("etc/.wh.motd", "").symlink("bin", "usr/bin").file("usr/bin/app", "go").tar();
    new OciLayoutWriter(tmp).add("app", "linux/amd64", List.of(base, upper));
    return "oci:" + tmp + ":app";
  }

  @Test
  void listsTheFinalFilesystemWithOriginLayer() {
    ImageInspectCommandTest.Result r = ImageInspectCommandTest.run("image", "ls", image());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).containsExactly(
        "TYPE      MODE          SIZE  LAYER  PATH",
        "symlink   0644             0  1      /bin -> usr/bin",
        "dir       0755             0  0      /usr/bin",
        "file      0644             2  1      /usr/bin/app",
        "file      0644             2  0      /usr/bin/env");
  }

  @Test
  void filtersByGlob() {
    ImageInspectCommandTest.Result r = ImageInspectCommandTest.run("image", "ls", image(), "/usr/bin/*");
    assertThat(r.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList())
        .containsExactly("/usr/bin/app", "/usr/bin/env");
  }
}
