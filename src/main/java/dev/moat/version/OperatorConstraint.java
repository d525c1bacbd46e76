package dev.moat.version;

import dev.moat.MoatException;
import java.util.Comparator;

/**
 * Evaluates the plain operator syntax shared by the distro schemes: comparators such as
 * {@code >= 1.2-3} or {@code <<2.0} joined by {@code ,} or whitespace (AND) and {@code ||} (OR).
 *
 * <p>Operators: {@code = == != < <= > >= << >>}; Debian's {@code <<}/{@code >>} are strict. A bare
 * version means equality.
 */
public final class OperatorConstraint {

  private OperatorConstraint() {}

  /** Whether {@code version} satisfies {@code constraint} under the ordering {@code cmp}. */
  public static boolean satisfies(
      String version, String constraint, Comparator<String> cmp, String scheme) {
    String trimmed = constraint.trim();
    if (trimmed.isEmpty()) {
      throw MoatException.invalid("empty " + scheme + " version constraint");
    }
    for (String alternative : trimmed.split("\\|\\|")) {
      if (allMatch(version, alternative.trim(), cmp, scheme, constraint)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allMatch(
      String version, String clause, Comparator<String> cmp, String scheme, String whole) {
    if (clause.isEmpty()) {
      throw MoatException.invalid("invalid " + scheme + " constraint '" + whole + "': empty clause");
    }
    int i = 0;
    int n = clause.length();
    while (i < n) {
      while (i < n && (clause.charAt(i) == ',' || Character.isWhitespace(clause.charAt(i)))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int opStart = i;
      while (i < n && "<>=!".indexOf(clause.charAt(i)) >= 0) {
        i++;
      }
      String op = clause.substring(opStart, i);
      while (i < n && Character.isWhitespace(clause.charAt(i))) {
        i++;
      }
      int vStart = i;
      while (i < n && clause.charAt(i) != ',' && !Character.isWhitespace(clause.charAt(i))) {
        i++;
      }
      String bound = clause.substring(vStart, i);
      if (bound.isEmpty()) {
        throw MoatException.invalid(
            "invalid " + scheme + " constraint '" + whole + "': operator without a version");
      }
      if (!test(op, cmp.compare(version, bound), scheme, whole)) {
        return false;
      }
    }
    return true;
  }

  private static boolean test(String op, int c, String scheme, String whole) {
    return switch (op) {
      case "", "=", "==" -> c == 0;
      case "!=" -> c != 0;
      case "<", "<<" -> c < 0;
      case "<=" -> c <= 0;
      case ">", ">>" -> c > 0;
      case ">=" -> c >= 0;
      default ->
          throw MoatException.invalid(
              "invalid " + scheme + " constraint '" + whole + "': unknown operator " + op);
    };
  }
}
