package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParseCacheTest {

  @Test
  void parsesOncePerStringAndStaysBounded() {
    AtomicInteger calls = new AtomicInteger();
    ParseCache<Integer> cache = new ParseCache<>(2, s -> {
      calls.incrementAndGet();
      return Integer.parseInt(s);
    });
    assertThat(cache.get("1")).isEqualTo(1);
    assertThat(cache.get("1")).isEqualTo(1);
    assertThat(calls).hasValue(1);
    cache.get("2");
    cache.get("3"); // full: emptied, then holds "3"
    cache.get("1");
    assertThat(calls).hasValue(4);
  }

  @Test
  void failuresAreNotCached() {
    ParseCache<Integer> cache = new ParseCache<>(2, Integer::parseInt);
    assertThatThrownBy(() -> cache.get("x")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> cache.get("x")).isInstanceOf(NumberFormatException.class);
  }
}
