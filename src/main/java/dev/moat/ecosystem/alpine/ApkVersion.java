package dev.moat.ecosystem.alpine;

import dev.moat.MoatException;
import dev.moat.version.DigitRuns;
import dev.moat.version.VersionScheme;

/**
 * Alpine apk version ordering as apk-tools' {@code apk_version_compare}: numeric components,
 * one letter, {@code _suffix#} (alpha, beta, pre, rc sort before the release; cvs, svn, git, hg,
 * p after), {@code ~hash} and {@code -r#}. Like apk, malformed versions still get an order (the
 * comparison stops at the first invalid token). Constraints are apk dependency operators
 * ({@code < <= = >= > ~ <~ >~ !~}), AND-ed by whitespace or commas.
 */
public final class ApkVersion implements VersionScheme {

  @Override
  public String name() {
    return "apk";
  }

  @Override
  public int compare(String a, String b) {
    return compareFuzzy(a, b, false);
  }

  /** apk's comparison; with {@code fuzzy}, {@code a} equals {@code b} when {@code b} is its prefix. */
  static int compareFuzzy(String a, String b, boolean fuzzy) {
    ApkTokenizer ta = new ApkTokenizer(a);
    ApkTokenizer tb = new ApkTokenizer(b);
    ta.first();
    tb.first();
    while (ta.token == tb.token && ta.token < ApkTokenizer.END) {
      int r = tokenCompare(ta, tb);
      if (r != 0) {
        return r;
      }
      ta.next();
      tb.next();
    }
    if (ta.token == tb.token) {
      return 0;
    }
    if (tb.token == ApkTokenizer.END && fuzzy) {
      return 0;
    }
    if (ta.token == ApkTokenizer.SUFFIX && ta.suffix < ApkTokenizer.SUFFIX_NONE) {
      return -1;
    }
    if (tb.token == ApkTokenizer.SUFFIX && tb.suffix < ApkTokenizer.SUFFIX_NONE) {
      return 1;
    }
    return ta.token > tb.token ? -1 : (ta.token < tb.token ? 1 : 0);
  }

  private static int tokenCompare(ApkTokenizer ta, ApkTokenizer tb) {
    String a = ta.text();
    String b = tb.text();
    switch (ta.token) {
      case ApkTokenizer.DIGIT:
        // A leading zero switches to string order, as in the Gentoo rules apk follows.
        if (a.charAt(ta.valueStart) == '0' || b.charAt(tb.valueStart) == '0') {
          return stringCompare(ta, tb);
        }
        return DigitRuns.compare(a, ta.valueStart, ta.valueEnd, b, tb.valueStart, tb.valueEnd);
      case ApkTokenizer.INITIAL_DIGIT, ApkTokenizer.SUFFIX_NO, ApkTokenizer.REVISION_NO:
        return DigitRuns.compare(a, ta.valueStart, ta.valueEnd, b, tb.valueStart, tb.valueEnd);
      case ApkTokenizer.LETTER:
        return Integer.signum(a.charAt(ta.valueStart) - b.charAt(tb.valueStart));
      case ApkTokenizer.SUFFIX:
        return Integer.signum(ta.suffix - tb.suffix);
      default:
        return stringCompare(ta, tb);
    }
  }

  private static int stringCompare(ApkTokenizer ta, ApkTokenizer tb) {
    int la = ta.valueEnd - ta.valueStart;
    int lb = tb.valueEnd - tb.valueStart;
    for (int i = 0; i < Math.min(la, lb); i++) {
      int d = ta.text().charAt(ta.valueStart + i) - tb.text().charAt(tb.valueStart + i);
      if (d != 0) {
        return Integer.signum(d);
      }
    }
    return Integer.signum(la - lb);
  }

  @Override
  public boolean isValid(String v) {
    ApkTokenizer t = new ApkTokenizer(v);
    for (t.first(); t.token < ApkTokenizer.END; t.next()) {
      // walk to the end or the first invalid token
    }
    return t.token == ApkTokenizer.END;
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    String trimmed = constraint.trim();
    if (trimmed.isEmpty()) {
      throw MoatException.invalid("empty apk version constraint");
    }
    for (String part : trimmed.split("[,\\s]+")) {
      int i = 0;
      while (i < part.length() && "<>=~!".indexOf(part.charAt(i)) >= 0) {
        i++;
      }
      String op = part.substring(0, i);
      String bound = part.substring(i);
      if (bound.isEmpty()) {
        throw MoatException.invalid("invalid apk constraint '" + constraint + "': no version");
      }
      if (!matches(version, op, bound, constraint)) {
        return false;
      }
    }
    return true;
  }

  /** apk_version_match: the operator is a mask of less, equal, greater, fuzzy and conflict. */
  static boolean matches(String version, String op, String bound, String constraint) {
    boolean less = false;
    boolean equal = false;
    boolean greater = false;
    boolean fuzzy = false;
    boolean conflict = false;
    for (char c : op.toCharArray()) {
      switch (c) {
        case '<' -> less = true;
        case '>' -> greater = true;
        case '=' -> equal = true;
        case '~' -> {
          fuzzy = true;
          equal = true;
        }
        case '!' -> conflict = true;
        default -> throw MoatException.invalid("invalid apk constraint '" + constraint + "'");
      }
    }
    if (!less && !equal && !greater) {
      equal = true;
    }
    int r = compareFuzzy(version, bound, fuzzy);
    boolean ok = (r < 0 && less) || (r == 0 && equal) || (r > 0 && greater);
    return conflict != ok;
  }
}
