package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TarTailGuardTest {

  private static TarTailGuard guard(int length) {
    return new TarTailGuard(new ByteArrayInputStream(new byte[length]));
  }

  @Test
  void completesPaddingAndFooterAfterTheLastContent() throws IOException {
    TarTailGuard g = guard(512 + 6);
    assertThat(g.readNBytes(512)).hasSize(512);
    g.entryStarted(6);
    byte[] rest = g.readAllBytes();
    assertThat(rest).hasSize(6 + 506 + 1024);
  }

  @Test
  void addsOnlyTheFooterAtABlockBoundary() throws IOException {
    TarTailGuard g = guard(1024);
    assertThat(g.readNBytes(512)).hasSize(512);
    g.entryStarted(512);
    assertThat(g.readAllBytes()).hasSize(512 + 1024);
  }

  @Test
  void failsInsideContentOrInsideAHeader() throws IOException {
    TarTailGuard inContent = guard(600);
    inContent.readNBytes(512);
    inContent.entryStarted(100);
    assertThatThrownBy(inContent::readAllBytes).isInstanceOf(EOFException.class).hasMessageContaining("content");
    TarTailGuard inHeader = guard(512 + 512 + 100);
    inHeader.readNBytes(512);
    inHeader.entryStarted(10);
    assertThatThrownBy(inHeader::readAllBytes).isInstanceOf(EOFException.class).hasMessageContaining("header");
  }

  @Test
  void skipCountsLikeRead() throws IOException {
    TarTailGuard g = guard(512 + 6);
    assertThat(g.skip(512)).isEqualTo(512);
    g.entryStarted(6);
    assertThat(g.skip(10_000)).isEqualTo(6 + 506 + 1024);
  }
}
