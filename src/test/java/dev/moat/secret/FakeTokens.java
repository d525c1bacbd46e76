package dev.moat.secret;

import java.util.SplittableRandom;

/** Fake tokens in vendors' formats, from a fixed seed, so the tests hold no real credential. */
final class FakeTokens {

  static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  static final String HEX = "0123456789abcdef";
  static final String BASE64 = ALNUM + "+/";
  static final String URL_SAFE = ALNUM + "-_";

  private FakeTokens() {}

  /** {@code prefix} followed by {@code length} characters of {@code alphabet}, the same on every run. */
  static String token(String prefix, String alphabet, int length) {
    SplittableRandom random = new SplittableRandom(prefix.hashCode() * 31L + length);
    StringBuilder token = new StringBuilder(prefix);
    for (int i = 0; i < length; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return token.toString();
  }
}
