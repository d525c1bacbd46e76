package dev.moat.ecosystem.alpine;

import dev.moat.version.DigitRuns;

/**
 * Splits an apk version ({@code digit{.digit}...{letter}{_suf{#}}...{~hash}{-r#}}) into tokens,
 * following apk-tools' src/version.c token grammar. A cursor over one string, reused per token.
 */
final class ApkTokenizer {

  static final int INITIAL_DIGIT = 0;
  static final int DIGIT = 1;
  static final int LETTER = 2;
  static final int SUFFIX = 3;
  static final int SUFFIX_NO = 4;
  static final int COMMIT_HASH = 5;
  static final int REVISION_NO = 6;
  static final int END = 7;
  static final int INVALID = 8;

  /** Suffix ranks; NONE (5) is the pivot: lower ranks are pre-releases. */
  static final int SUFFIX_INVALID = 0;
  static final int SUFFIX_NONE = 5;

  private final String s;
  private int pos;
  int token;
  int valueStart;
  int valueEnd;
  int suffix;

  ApkTokenizer(String s) {
    this.s = s;
  }

  String text() {
    return s;
  }

  void first() {
    token = INITIAL_DIGIT;
    digits();
  }

  void next() {
    if (pos >= s.length()) {
      token = END;
      return;
    }
    char c = s.charAt(pos);
    if (c >= 'a' && c <= 'z') {
      if (token > DIGIT) {
        token = INVALID;
        return;
      }
      valueStart = pos;
      valueEnd = ++pos;
      token = LETTER;
    } else if (c == '.' || DigitRuns.isDigit(c)) {
      if (c == '.') {
        if (token > DIGIT) {
          token = INVALID;
          return;
        }
        pos++;
      }
      if (token == INITIAL_DIGIT || token == DIGIT) {
        token = DIGIT;
      } else if (token == SUFFIX) {
        token = SUFFIX_NO;
      } else {
        token = INVALID;
        return;
      }
      digits();
    } else if (c == '_') {
      if (token > SUFFIX_NO) {
        token = INVALID;
        return;
      }
      valueStart = ++pos;
      while (pos < s.length() && s.charAt(pos) >= 'a' && s.charAt(pos) <= 'z') {
        pos++;
      }
      valueEnd = pos;
      suffix = suffixRank(s.substring(valueStart, valueEnd));
      token = suffix == SUFFIX_INVALID ? INVALID : SUFFIX;
    } else if (c == '~') {
      if (token >= COMMIT_HASH) {
        token = INVALID;
        return;
      }
      valueStart = ++pos;
      while (pos < s.length() && isHex(s.charAt(pos))) {
        pos++;
      }
      valueEnd = pos;
      token = valueEnd == valueStart ? INVALID : COMMIT_HASH;
    } else if (c == '-') {
      if (token >= REVISION_NO || !s.startsWith("-r", pos)) {
        token = INVALID;
        return;
      }
      pos += 2;
      token = REVISION_NO;
      digits();
    } else {
      token = INVALID;
    }
  }

  private void digits() {
    valueStart = pos;
    while (pos < s.length() && DigitRuns.isDigit(s.charAt(pos))) {
      pos++;
    }
    valueEnd = pos;
    if (valueEnd == valueStart) {
      token = INVALID;
    }
  }

  private static boolean isHex(char c) {
    return DigitRuns.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static int suffixRank(String suf) {
    return switch (suf) {
      case "alpha" -> 1;
      case "beta" -> 2;
      case "pre" -> 3;
      case "rc" -> 4;
      case "cvs" -> 6;
      case "svn" -> 7;
      case "git" -> 8;
      case "hg" -> 9;
      case "p" -> 10;
      default -> SUFFIX_INVALID;
    };
  }
}
