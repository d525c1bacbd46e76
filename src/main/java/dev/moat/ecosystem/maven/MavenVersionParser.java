package dev.moat.ecosystem.maven;

import dev.moat.MoatException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Splits a Maven version into {@link MavenItem}s following the Maven 4 POM reference "version
 * order specification": {@code .} separates items, {@code -} and digit/letter transitions open a
 * sub-list, {@code X-1} and {@code X1} form a combination, trailing nulls are dropped.
 */
final class MavenVersionParser {

  private MavenVersionParser() {}

  static MavenItem.Sub parse(String version) {
    String v = version.toLowerCase(Locale.ENGLISH);
    MavenItem.Sub root = new MavenItem.Sub();
    MavenItem.Sub list = root;
    Deque<MavenItem.Sub> stack = new ArrayDeque<>();
    stack.push(list);
    boolean isDigit = false;
    boolean isCombination = false;
    int start = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '.') {
        list.items().add(i == start ? MavenItem.Number.ZERO : item(isCombination, isDigit, v.substring(start, i)));
        isCombination = false;
        start = i + 1;
      } else if (c == '-') {
        if (i == start) {
          list.items().add(MavenItem.Number.ZERO);
        } else {
          // "X-1" is read as "X1".
          if (!isDigit && i != v.length() - 1 && Character.isDigit(v.charAt(i + 1))) {
            isCombination = true;
            continue;
          }
          list.items().add(item(isCombination, isDigit, v.substring(start, i)));
        }
        start = i + 1;
        if (!list.items().isEmpty()) {
          list = push(list, stack);
        }
        isCombination = false;
      } else if (c >= '0' && c <= '9') {
        if (!isDigit && i > start) {
          isCombination = true;
          if (!list.items().isEmpty()) {
            list = push(list, stack);
          }
        }
        isDigit = true;
      } else {
        if (isDigit && i > start) {
          list.items().add(item(isCombination, true, v.substring(start, i)));
          start = i;
          list = push(list, stack);
          isCombination = false;
        }
        isDigit = false;
      }
    }
    if (v.length() > start) {
      // "1.0.0.X1" < "1.0.0-X2": a trailing qualifier after "." is treated as after "-".
      if (!isDigit && !list.items().isEmpty()) {
        list = push(list, stack);
      }
      list.items().add(item(isCombination, isDigit, v.substring(start)));
    }
    while (!stack.isEmpty()) {
      stack.pop().normalize();
    }
    return root;
  }

  private static MavenItem.Sub push(MavenItem.Sub list, Deque<MavenItem.Sub> stack) {
    MavenItem.Sub sub = new MavenItem.Sub();
    list.items().add(sub);
    stack.push(sub);
    return sub;
  }

  private static MavenItem item(boolean isCombination, boolean isDigit, String buf) {
    if (isCombination) {
      String s = buf.replace("-", "");
      int idx = 0;
      for (int i = 0; i < s.length(); i++) {
        if (Character.isDigit(s.charAt(i))) {
          idx = i;
          break;
        }
      }
      return new MavenItem.Combination(
          MavenItem.Qualifier.of(s.substring(0, idx), true), number(s.substring(idx)));
    }
    return isDigit ? number(buf) : MavenItem.Qualifier.of(buf, false);
  }

  private static MavenItem.Number number(String buf) {
    StringBuilder digits = new StringBuilder(buf.length());
    for (int i = 0; i < buf.length(); i++) {
      int d = Character.digit(buf.charAt(i), 10);
      if (d < 0) {
        throw MoatException.invalid("invalid Maven version: '" + buf + "' is not a number");
      }
      if (d != 0 || !digits.isEmpty()) {
        digits.append((char) ('0' + d));
      }
    }
    return digits.isEmpty() ? MavenItem.Number.ZERO : new MavenItem.Number(digits.toString());
  }
}
