package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TarEntryNormalizerTest {

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "usr/bin/env, /usr/bin/env",
      "./usr/bin/env, /usr/bin/env",
      "usr/lib/, /usr/lib",
      "./, /",
      "., /",
      "'', /",
      "a//b, /a/b",
      "a/./b, /a/b",
      "./././a, /a",
      "a/b/.., /a",
      "a/../b, /b",
      "..., /...",
      "..a/.b, /..a/.b",
      "a/.., /",
      "a/../.., NULL",
      "../x, NULL",
      "a/b/../../../x, NULL",
      "./.., NULL"})
  void normalisesRelativePathsAndDetectsEscapes(String name, String expected) {
    assertThat(TarEntryNormalizer.normalizePath(name)).isEqualTo(expected);
  }
}
