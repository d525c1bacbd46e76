package dev.moat.secret;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a match in a byte buffer into the text a report may show: the secret's bytes (and any
 * other copy of them on the same text) become {@code *}. Lines longer than 100 characters are cut
 * to 30 before and 20 after the secret, as Trivy's report does. Text is decoded as UTF-8 after
 * masking, so the secret never exists as a {@link String} outside this class's locals.
 */
final class SecretMasker {

  private static final int LONG_LINE = 100;
  private static final int BEFORE = 30;
  private static final int AFTER = 20;
  private static final int MAX_MATCH = 256;

  private SecretMasker() {}

  /**
   * The line holding {@code buf[secretStart]}, bounded by {@code [lineStart, lineEnd)}, with the
   * secret {@code [secretStart, secretEnd)} masked.
   */
  static String maskedLine(byte[] buf, int lineStart, int lineEnd, int secretStart, int secretEnd) {
    byte[] line = Arrays.copyOfRange(buf, lineStart, lineEnd);
    int from = secretStart - lineStart;
    int to = Math.min(secretEnd, lineEnd) - lineStart;
    mask(line, from, to);
    maskCopies(line, buf, secretStart, secretEnd);
    int cutFrom = 0;
    int cutTo = line.length;
    if (line.length > LONG_LINE) {
      cutFrom = Math.max(0, from - BEFORE);
      cutTo = Math.min(line.length, to + AFTER);
    }
    return new String(line, cutFrom, cutTo - cutFrom, StandardCharsets.UTF_8).strip();
  }

  /** The match {@code [matchStart, matchEnd)} with the secret masked, cut to 256 characters. */
  static String maskedMatch(byte[] buf, int matchStart, int matchEnd, int secretStart, int secretEnd) {
    byte[] match = Arrays.copyOfRange(buf, matchStart, matchEnd);
    mask(match, secretStart - matchStart, secretEnd - matchStart);
    maskCopies(match, buf, secretStart, secretEnd);
    String text = new String(match, StandardCharsets.UTF_8);
    return text.length() > MAX_MATCH ? text.substring(0, MAX_MATCH) + "..." : text;
  }

  private static void mask(byte[] bytes, int from, int to) {
    Arrays.fill(bytes, Math.max(0, from), Math.min(bytes.length, to), (byte) '*');
  }

  /** Masks every other occurrence of the secret in {@code bytes}: a value may be repeated on a line. */
  private static void maskCopies(byte[] bytes, byte[] buf, int secretStart, int secretEnd) {
    int length = secretEnd - secretStart;
    if (length <= 0) {
      return;
    }
    for (int i = 0; i + length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + length, buf, secretStart, secretEnd)) {
        Arrays.fill(bytes, i, i + length, (byte) '*');
        i += length - 1;
      }
    }
  }
}
