package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayerStreamerTest {

  private static final LayerStreamer STREAMER = new LayerStreamer(ImageLimits.DEFAULT);

  private static List<String> stream(ImageSource source) {
    return stream(STREAMER, source);
  }

  private static List<String> stream(LayerStreamer streamer, ImageSource source) {
    List<String> seen = new ArrayList<>();
    streamer.stream(source, source.image().layers().get(0), (entry, content) -> {
      String body = entry.isFile() ? new String(content.readAllBytes(), StandardCharsets.UTF_8) : "";
      seen.add(entry.type() + " " + entry.path() + entry.linkTarget().map(t -> " -> " + t).orElse("")
          + (body.isEmpty() ? "" : " = " + body));
    });
    return seen;
  }

  private static byte[] sampleTar() {
    return new TestLayers()
        .dir("./")
        .dir("usr/bin")
        .file("usr/bin/env", "#!env")
        .file("./etc//os-release", "ID=debian")
        .symlink("bin", "usr/bin")
        .symlink("etc/evil", "../../../../etc/shadow")
        .hardlink("usr/bin/env2", "usr/bin/env")
        .special("dev/null", TarConstants.LF_CHR)
        .special("dev/sda", TarConstants.LF_BLK)
        .special("run/fifo", TarConstants.LF_FIFO)
        .file("a/../b", "inside")
        .tar();
  }

  private static final List<String> SAMPLE_ENTRIES = List.of(
      "DIRECTORY /",
      "DIRECTORY /usr/bin",
      "FILE /usr/bin/env = #!env",
      "FILE /etc/os-release = ID=debian",
      "SYMLINK /bin -> usr/bin",
      "SYMLINK /etc/evil -> ../../../../etc/shadow",
      "HARDLINK /usr/bin/env2 -> /usr/bin/env",
      "SPECIAL /dev/null",
      "SPECIAL /dev/sda",
      "SPECIAL /run/fifo",
      "FILE /b = inside");

  @Test
  void readsPlainTarWithSafePathsAndEntryTypes() {
    byte[] tar = sampleTar();
    assertThat(stream(TestLayers.source(tar, TestLayers.TAR, tar))).isEqualTo(SAMPLE_ENTRIES);
  }

  @Test
  void readsGzipAndZstd() {
    byte[] tar = sampleTar();
    assertThat(stream(TestLayers.source(TestLayers.gzip(tar), TestLayers.GZIP, tar))).isEqualTo(SAMPLE_ENTRIES);
    assertThat(stream(TestLayers.source(TestLayers.zstd(tar), TestLayers.ZSTD, tar))).isEqualTo(SAMPLE_ENTRIES);
  }

  @Test
  void detectsCompressionFromMagicBytes() {
    byte[] tar = sampleTar();
    assertThat(stream(TestLayers.source(TestLayers.gzip(tar), TestLayers.UNKNOWN, tar))).isEqualTo(SAMPLE_ENTRIES);
    assertThat(stream(TestLayers.source(TestLayers.zstd(tar), TestLayers.UNKNOWN, tar))).isEqualTo(SAMPLE_ENTRIES);
    assertThat(stream(TestLayers.source(tar, TestLayers.UNKNOWN, tar))).isEqualTo(SAMPLE_ENTRIES);
  }

  @Test
  void reportsWhiteoutsAndOpaqueDirectoriesAndSkipsAufsMetadata() {
    byte[] tar = new TestLayers()
        .file("etc/.wh.motd", "")
        .file(".wh.opt", "")
        .file("var/lib/.wh..wh..opq", "")
        .file(".wh..wh.plnk/123", "")
        .file(".wh..wh..opq", "")
        .tar();
    assertThat(stream(TestLayers.source(tar, TestLayers.TAR, tar))).containsExactly(
        "WHITEOUT /etc/motd", "WHITEOUT /opt", "OPAQUE_DIRECTORY /var/lib", "OPAQUE_DIRECTORY /");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../etc/passwd", "a/../../etc/passwd", "./../x", "a/b/../../../x"})
  void rejectsEntriesEscapingTheRoot(String name) {
    byte[] tar = new TestLayers().file("ok", "x").file(name, "pwned").tar();
    assertThatThrownBy(() -> stream(TestLayers.source(tar, TestLayers.TAR, tar)))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.INVALID_INPUT))
        .hasMessage("cannot read test:image: layer " + Digests.sha256(tar) + ": entry '" + name
            + "' escapes the image root");
  }

  @Test
  void rejectsAbsolutePaths() {
    byte[] tar = new TestLayers().file("/etc/passwd", "pwned").tar();
    assertThatThrownBy(() -> stream(TestLayers.source(tar, TestLayers.TAR, tar)))
        .isInstanceOf(MoatException.class)
        .hasMessageEndingWith(": entry '/etc/passwd' has an absolute path");
  }

  @Test
  void rejectsHardlinksEscapingTheRoot() {
    byte[] tar = new TestLayers().hardlink("etc/shadow", "../../../etc/shadow").tar();
    assertThatThrownBy(() -> stream(TestLayers.source(tar, TestLayers.TAR, tar)))
        .isInstanceOf(MoatException.class)
        .hasMessageEndingWith(": entry 'etc/shadow' is a hardlink to '../../../etc/shadow' outside the image root");
  }

  @Test
  void rejectsWhiteoutOfParent() {
    byte[] tar = new TestLayers().file("etc/.wh...", "").tar();
    assertThatThrownBy(() -> stream(TestLayers.source(tar, TestLayers.TAR, tar)))
        .isInstanceOf(MoatException.class)
        .hasMessageEndingWith("is a whiteout of '..'");
  }

  @Test
  void acceptsTarWithoutFooterAsUmociWritesIt() {
    byte[] tar = new TestLayers().file("a", "1").file("b", "2").tarWithoutFooter();
    assertThat(stream(TestLayers.source(TestLayers.gzip(tar), TestLayers.GZIP, tar)))
        .containsExactly("FILE /a = 1", "FILE /b = 2");
  }

  @Test
  void acceptsTarStoppingRightAfterTheLastFilesBytes() {
    byte[] full = new TestLayers().file("a", "x".repeat(600)).file("b", "hello").tar();
    // header a, 600 bytes + padding to 1024, header b at 1536, content at 2048: stop after "hello".
    byte[] tar = Arrays.copyOf(full, 2048 + 5);
    assertThat(stream(TestLayers.source(TestLayers.gzip(tar), TestLayers.GZIP, tar)))
        .containsExactly("FILE /a = " + "x".repeat(600), "FILE /b = hello");
  }

  @Test
  void acceptsTheLayerUmociInsertWrites() throws Exception {
    byte[] blob = ManifestParserTest.resource("umoci-insert-layer.tar.gz");
    byte[] tar = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(blob)).readAllBytes();
    assertThat(tar.length % 512).isNotZero();
    assertThat(stream(TestLayers.source(blob, TestLayers.GZIP, tar))).containsExactly("FILE /hello.txt = hello\n");
  }

  @Test
  void rejectsTruncatedGzip() {
    byte[] tar = new TestLayers().file("a", randomText(200_000)).tar();
    byte[] gz = TestLayers.gzip(tar);
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);
    assertThatThrownBy(() -> stream(TestLayers.source(cut, TestLayers.GZIP, tar)))
        .isInstanceOf(MoatException.class)
        .hasMessage("cannot read test:image: layer " + Digests.sha256(cut) + " is truncated");
  }

  @Test
  void rejectsTruncatedZstd() {
    byte[] tar = new TestLayers().file("a", randomText(200_000)).tar();
    byte[] z = TestLayers.zstd(tar);
    byte[] cut = Arrays.copyOf(z, z.length / 2);
    assertThatThrownBy(() -> stream(TestLayers.source(cut, TestLayers.ZSTD, tar)))
        .isInstanceOf(MoatException.class)
        .hasMessage("cannot read test:image: layer " + Digests.sha256(cut) + " is truncated");
  }

  @ParameterizedTest
  @ValueSource(ints = {700, 1200, 1536 + 100, 1536 + 512 + 50})
  void rejectsTarCutInsideHeaderOrContent(int length) {
    // a: header 0-512, content 512-1512, padding to 1536; b: header 1536-2048, content 2048-2148.
    byte[] full = new TestLayers().file("a", "x".repeat(1000)).file("b", "y".repeat(100)).tar();
    byte[] cut = Arrays.copyOf(full, length);
    assertThatThrownBy(() -> stream(TestLayers.source(cut, TestLayers.TAR, cut)))
        .isInstanceOf(MoatException.class)
        .hasMessageStartingWith("cannot read test:image: layer " + Digests.sha256(cut) + " is truncated");
  }

  @Test
  void rejectsGarbageAndCorruptGzip() {
    byte[] garbage = randomText(2048).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> stream(TestLayers.source(garbage, TestLayers.TAR, garbage)))
        .isInstanceOf(MoatException.class)
        .hasMessageStartingWith("cannot read test:image: layer " + Digests.sha256(garbage) + " is corrupt: ");
    byte[] tar = new TestLayers().file("a", "1").tar();
    byte[] gz = TestLayers.gzip(tar);
    gz[gz.length - 6] ^= 0x55; // CRC32 in the gzip trailer
    assertThatThrownBy(() -> stream(TestLayers.source(gz, TestLayers.GZIP, tar)))
        .isInstanceOf(MoatException.class)
        .hasMessageStartingWith("cannot read test:image: layer " + Digests.sha256(gz) + " is not valid gzip: ");
  }

  @Test
  void rejectsDiffIdMismatch() {
    byte[] tar = new TestLayers().file("a", "1").tar();
    String wrong = "sha256:" + "0".repeat(64);
    assertThatThrownBy(() -> stream(TestLayers.source(TestLayers.gzip(tar), TestLayers.GZIP, wrong)))
        .isInstanceOf(MoatException.class)
        .hasMessageContaining("does not match its diffID " + wrong)
        .hasMessageContaining("hashes to " + Digests.sha256(tar));
  }

  @Test
  void refusesDecompressionBombPastTheRatioGrace() {
    byte[] tar = new TestLayers().file("zeros", new byte[8 << 20]).tar();
    byte[] gz = TestLayers.gzip(tar);
    ImageLimits tight = new ImageLimits(1 << 20, 1 << 20, 1L << 30, 100.0, 1000, 1 << 20);
    assertThatThrownBy(() -> stream(new LayerStreamer(tight), TestLayers.source(gz, TestLayers.GZIP, tar)))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED))
        .hasMessageContaining("expands more than 100.0 times");
    // Below the grace the same ratio is fine.
    ImageLimits lenient = new ImageLimits(1 << 20, 1 << 20, 1L << 30, 100.0, 1000, 64L << 20);
    assertThat(stream(new LayerStreamer(lenient), TestLayers.source(gz, TestLayers.GZIP, tar))).hasSize(1);
  }

  @Test
  void refusesOversizedLayersAndTooManyEntries() {
    byte[] tar = new TestLayers().file("a", new byte[100_000]).file("b", "1").file("c", "2").tar();
    ImageLimits small = new ImageLimits(1 << 20, 1 << 20, 50_000, 1000.0, 1000, 1L << 40);
    assertThatThrownBy(() -> stream(new LayerStreamer(small), TestLayers.source(tar, TestLayers.TAR, tar)))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED))
        .hasMessageContaining("is larger than 50000 bytes uncompressed");
    ImageLimits few = new ImageLimits(1 << 20, 1 << 20, 1L << 30, 1000.0, 2, 1L << 40);
    assertThatThrownBy(() -> stream(new LayerStreamer(few), TestLayers.source(tar, TestLayers.TAR, tar)))
        .isInstanceOf(MoatException.class)
        .hasMessageContaining("has more than 2 entries");
  }

  @Test
  void visitorMayLeaveContentUnread() {
    byte[] tar = new TestLayers().file("a", "x".repeat(5000)).file("b", "second").tar();
    List<String> seen = new ArrayList<>();
    STREAMER.stream(TestLayers.source(tar, TestLayers.TAR, tar), TestLayers.source(tar, TestLayers.TAR, tar)
        .image().layers().get(0), (entry, content) -> {
          content.close();
          if (entry.path().equals("/b")) {
            seen.add(new String(content.readAllBytes(), StandardCharsets.UTF_8));
          }
        });
    assertThat(seen).containsExactly("second");
  }

  @Test
  void reportsModeAndSize() {
    byte[] tar = new TestLayers().file("a", "12345").tar();
    List<LayerEntry> entries = new ArrayList<>();
    ImageSource source = TestLayers.source(tar, TestLayers.TAR, tar);
    STREAMER.stream(source, source.image().layers().get(0), (entry, content) -> entries.add(entry));
    assertThat(entries).containsExactly(new LayerEntry("/a", LayerEntry.Type.FILE, 5, 0644, Optional.empty()));
  }

  private static String randomText(int length) {
    java.util.Random random = new java.util.Random(42);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }
}
