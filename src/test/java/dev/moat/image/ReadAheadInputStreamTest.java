package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadInputStreamTest {

  private static ReadAheadInputStream over(InputStream in, AtomicBoolean finished, IOException finishFailure) {
    return new ReadAheadInputStream(new ReadAheadInputStream.Source() {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return in.read(buffer, offset, length);
      }

      @Override
      public void finish() throws IOException {
        finished.set(true);
        if (finishFailure != null) {
          throw finishFailure;
        }
      }
    }, "test");
  }

  @Test
  void deliversEveryByteInOrderAcrossManyChunksThenRunsFinish() throws IOException {
    byte[] data = new byte[3 * 1024 * 1024 + 17];
    new Random(7).nextBytes(data);
    AtomicBoolean finished = new AtomicBoolean();
    try (ReadAheadInputStream in = over(new ByteArrayInputStream(data), finished, null)) {
      assertThat(in.readAllBytes()).isEqualTo(data);
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    }
    assertThat(finished).isTrue();
  }

  @Test
  void producerFailureSurfacesInTheReader() {
    InputStream failing = new InputStream() {
      private int left = 1000;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          throw new IOException("Unexpected end of ZLIB input stream");
        }
        left--;
        return 1;
      }
    };
    try (ReadAheadInputStream in = over(failing, new AtomicBoolean(), null)) {
      assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("ZLIB");
    }
  }

  @Test
  void failureWhileDrainingAfterTheEndSurfacesToo() {
    try (ReadAheadInputStream in = over(new ByteArrayInputStream(new byte[10]), new AtomicBoolean(),
        new IOException("blob does not match its digest"))) {
      assertThatThrownBy(in::readAllBytes).hasMessageContaining("does not match its digest");
    }
  }

  @Test
  void closingEarlyStopsTheProducer() throws Exception {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return len;
      }
    };
    ReadAheadInputStream in = over(endless, new AtomicBoolean(), null);
    assertThat(in.read(new byte[100], 0, 100)).isEqualTo(100);
    in.close();
    java.lang.reflect.Field f = ReadAheadInputStream.class.getDeclaredField("producer");
    f.setAccessible(true);
    Thread producer = (Thread) f.get(in);
    producer.join(5000);
    assertThat(producer.isAlive()).isFalse();
  }
}
