package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LayerBoundsTest {

  private static LayerBounds bounds(byte[] uncompressed, int compressedSize, ImageLimits limits) throws IOException {
    LayerBounds.CompressedCounter counter = new LayerBounds.CompressedCounter(new ByteArrayInputStream(new byte[compressedSize]));
    counter.readAllBytes();
    return new LayerBounds(new ByteArrayInputStream(uncompressed), counter, limits, "cannot read i: layer L");
  }

  @Test
  void hashesWhatPassesThrough() throws IOException {
    byte[] data = "tar bytes".getBytes();
    LayerBounds b = bounds(data, 9, ImageLimits.DEFAULT);
    assertThat(b.readAllBytes()).isEqualTo(data);
    assertThat(b.count()).isEqualTo(9);
    assertThat(b.diffId()).isEqualTo(Digests.sha256(data));
  }

  @Test
  void enforcesRatioOnlyAfterTheGrace() throws IOException {
    ImageLimits limits = new ImageLimits(1, 1, 1L << 30, 10.0, 1, 1000);
    InputStream under = bounds(new byte[1000], 10, limits);
    assertThat(under.readAllBytes()).hasSize(1000);
    InputStream over = bounds(new byte[1001], 10, limits);
    assertThatThrownBy(over::readAllBytes)
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.LIMIT_EXCEEDED))
        .hasMessage("cannot read i: layer L expands more than 10.0 times (10 bytes to over 1001): refusing a likely "
            + "decompression bomb");
  }

  @Test
  void enforcesTheUncompressedSize() throws IOException {
    ImageLimits limits = new ImageLimits(1, 1, 100, 1000.0, 1, 1L << 40);
    InputStream in = bounds(new byte[101], 100, limits);
    assertThatThrownBy(in::readAllBytes)
        .hasMessage("cannot read i: layer L is larger than 100 bytes uncompressed (raise --max-layer-size if this is expected)");
  }
}
