package dev.moat.image.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.image.TestLayers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarBlobStoreTest {

  @TempDir Path tmp;

  private TarBlobStore store() throws IOException {
    byte[] tar = new TestLayers()
        .file("./abc.tar", "layer bytes")
        .dir("id")
        .symlink("id/layer.tar", "../abc.tar")
        .symlink("evil", "../../etc/passwd")
        .symlink("loop1", "loop2")
        .symlink("loop2", "loop1")
        .tar();
    Path file = Files.write(tmp.resolve("a.tar"), tar);
    return new TarBlobStore(file, "docker-archive:" + file);
  }

  @Test
  void readsEntriesInPlaceAndFollowsSymlinksInsideTheArchive() throws IOException {
    try (TarBlobStore store = store(); InputStream in = store.open("id/layer.tar").orElseThrow()) {
      assertThat(new String(in.readAllBytes())).isEqualTo("layer bytes");
      assertThat(store.size("abc.tar")).contains(11L);
      assertThat(store.size("id/layer.tar")).contains(11L);
    }
  }

  @Test
  void findsNothingForMissingEscapingLoopingOrDirectoryEntries() throws IOException {
    try (TarBlobStore store = store()) {
      assertThat(store.open("missing")).isEmpty();
      assertThat(store.open("evil")).isEmpty();
      assertThat(store.open("loop1")).isEmpty();
      assertThat(store.open("id")).isEmpty();
    }
  }
}
