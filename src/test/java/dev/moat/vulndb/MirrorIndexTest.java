package dev.moat.vulndb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MirrorIndexTest {

  private static final URI MIRROR = URI.create("https://mirror.example/moat");
  private static final String SHA = "9f2c".repeat(16);

  private static List<FeedFile> parse(String json) {
    return MirrorIndex.parse(json.getBytes(StandardCharsets.UTF_8), MIRROR);
  }

  @Test
  void resolvesFilesAgainstTheMirror() throws Exception {
    byte[] written = MirrorIndex.write(Map.of("osv/Go/all.zip", new AbstractMap.SimpleEntry<>(SHA, 42L)));
    List<FeedFile> files = MirrorIndex.parse(written, MIRROR);
    assertThat(files).singleElement().satisfies(f -> {
      assertThat(f.url()).isEqualTo(URI.create("https://mirror.example/moat/osv/Go/all.zip"));
      assertThat(f.sha256()).contains(SHA);
    });
  }

  @Test
  void refusesPathsLeavingTheCache() {
    assertThatThrownBy(() -> parse("{\"schemaVersion\": 1, \"files\": [{\"path\": \"../../etc/passwd\"}]}"))
        .isInstanceOf(MoatException.class).hasMessageContaining("must be relative");
    assertThatThrownBy(() -> parse("{\"schemaVersion\": 1, \"files\": [{\"path\": \"/etc/passwd\"}]}"))
        .isInstanceOf(MoatException.class);
  }

  @Test
  void refusesUnknownVersionsAndBadDigests() {
    assertThatThrownBy(() -> parse("{\"schemaVersion\": 2, \"files\": []}")).isInstanceOf(MoatException.class)
        .hasMessageContaining("version 1");
    assertThatThrownBy(() -> parse("{\"schemaVersion\": 1, \"files\": [{\"path\": \"a.json\", \"sha256\": \"xyz\"}]}"))
        .isInstanceOf(MoatException.class).hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> parse("not json")).isInstanceOf(MoatException.class).hasMessageContaining("not JSON");
  }
}
