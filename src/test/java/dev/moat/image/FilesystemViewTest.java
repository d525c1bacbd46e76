package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FilesystemViewTest {

  private static Layer layer(int index) {
    return new Layer(index, Descriptor.of(TestLayers.TAR, "sha256:" + String.valueOf(index).repeat(64), 0),
        "sha256:" + Integer.toHexString(10 + index).repeat(32));
  }

  private static LayerEntry file(String path) {
    return new LayerEntry(path, LayerEntry.Type.FILE, 1, 0644, Optional.empty());
  }

  private static LayerEntry dir(String path) {
    return new LayerEntry(path, LayerEntry.Type.DIRECTORY, 0, 0755, Optional.empty());
  }

  private static LayerEntry symlink(String path, String target) {
    return new LayerEntry(path, LayerEntry.Type.SYMLINK, 0, 0777, Optional.of(target));
  }

  private static LayerEntry of(LayerEntry.Type type, String path) {
    return new LayerEntry(path, type, 0, 0, Optional.empty());
  }

  private static List<String> paths(FilesystemView view) {
    return view.nodes().stream().map(n -> n.path() + "@" + n.layerIndex()).toList();
  }

  @Test
  void appliesWhiteoutsOpaqueDirectoriesAndReplacementsInLayerOrder() {
    FilesystemView.Builder builder = new FilesystemView.Builder();
    Layer base = layer(0);
    for (LayerEntry e : List.of(dir("/etc"), file("/etc/motd"), file("/etc/hosts"), dir("/etc/apt"),
        file("/etc/apt/sources.list"), dir("/usr/share/doc/bash"), file("/usr/share/doc/bash/README"),
        file("/usr/share/doc/bashrc"), dir("/opt/tool"), file("/opt/tool/bin"))) {
      builder.add(base, e);
    }
    Layer upper = layer(1);
    // The marker comes after this layer's own file in the same directory: it must not delete it.
    for (LayerEntry e : List.of(file("/etc/apt/new.list"), of(LayerEntry.Type.OPAQUE_DIRECTORY, "/etc/apt"),
        of(LayerEntry.Type.WHITEOUT, "/etc/motd"), of(LayerEntry.Type.WHITEOUT, "/usr/share/doc/bash"),
        file("/opt/tool"))) {
      builder.add(upper, e);
    }
    FilesystemView view = builder.build();
    assertThat(paths(view)).containsExactly(
        "/etc@0", "/etc/apt@0", "/etc/apt/new.list@1", "/etc/hosts@0", "/opt/tool@1", "/usr/share/doc/bashrc@0");
    assertThat(view.get("/etc/motd")).isEmpty();
    assertThat(view.get("/opt/tool").orElseThrow().diffId()).isEqualTo(upper.diffId());
  }

  @Test
  void resolvesSymlinksClampedAtTheImageRoot() {
    FilesystemView.Builder builder = new FilesystemView.Builder();
    Layer base = layer(0);
    for (LayerEntry e : List.of(dir("/etc"), file("/etc/shadow"), dir("/usr"), dir("/usr/bin"), file("/usr/bin/env"),
        symlink("/bin", "usr/bin"), symlink("/etc/evil", "../../../../etc/shadow"),
        symlink("/etc/abs", "/usr/bin/env"), symlink("/loop1", "loop2"), symlink("/loop2", "loop1"),
        symlink("/usr/up", "../../.."), symlink("/dangling", "nowhere"))) {
      builder.add(base, e);
    }
    FilesystemView view = builder.build();
    assertThat(view.resolve("/bin/env")).contains("/usr/bin/env");
    assertThat(view.resolve("/etc/evil")).contains("/etc/shadow");
    assertThat(view.resolve("/etc/abs")).contains("/usr/bin/env");
    assertThat(view.resolve("/usr/up/etc/shadow")).contains("/etc/shadow");
    assertThat(view.resolve("/../../etc/shadow")).contains("/etc/shadow");
    assertThat(view.resolve("/loop1")).isEmpty();
    assertThat(view.resolve("/dangling")).isEmpty();
    assertThat(view.resolve("/")).contains("/");
  }

  @Test
  void whiteoutOnlyHidesLowerLayers() {
    FilesystemView.Builder builder = new FilesystemView.Builder();
    builder.add(layer(0), file("/a"));
    builder.add(layer(1), file("/b"));
    builder.add(layer(1), of(LayerEntry.Type.WHITEOUT, "/b"));
    builder.add(layer(1), of(LayerEntry.Type.WHITEOUT, "/a"));
    assertThat(paths(builder.build())).containsExactly("/b@1");
  }
}
