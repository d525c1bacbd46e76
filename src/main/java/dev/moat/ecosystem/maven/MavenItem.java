package dev.moat.ecosystem.maven;

import dev.moat.version.DigitRuns;
import java.util.ArrayList;
import java.util.List;

/**
 * One parsed element of a Maven version, ordered as Maven 4's {@code ComparableVersion}: numbers,
 * qualifiers, qualifier+number combinations ({@code rc1}) and sub-lists (after {@code -}).
 * {@code compareTo(null)} compares against the padding element (0 or the release qualifier).
 */
sealed interface MavenItem
    permits MavenItem.Number, MavenItem.Qualifier, MavenItem.Combination, MavenItem.Sub {

  int compareTo(MavenItem other);

  boolean isNull();

  /** A number; {@code digits} has no leading zeros ("0" for zero). */
  record Number(String digits) implements MavenItem {
    static final Number ZERO = new Number("0");

    @Override
    public boolean isNull() {
      return digits.equals("0");
    }

    @Override
    public int compareTo(MavenItem other) {
      if (other == null) {
        return isNull() ? 0 : 1;
      }
      if (other instanceof Number n) {
        return DigitRuns.compare(digits, n.digits);
      }
      return 1; // 1.1 > 1-sp, 1.1 > 1-1
    }
  }

  /**
   * A qualifier word; well-known ones sort alpha < beta < milestone < rc < snapshot < "" < sp,
   * then unknown words lexically. {@code key} is that order as a string, computed once.
   */
  record Qualifier(String value, String key) implements MavenItem {
    private static final List<String> ORDER =
        List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");
    private static final String RELEASE = "5";

    static Qualifier of(String value, boolean followedByDigit) {
      String v = value;
      if (followedByDigit && v.length() == 1) {
        v = switch (v.charAt(0)) {
          case 'a' -> "alpha";
          case 'b' -> "beta";
          case 'm' -> "milestone";
          default -> v;
        };
      }
      v = v.equals("cr") ? "rc" : v;
      return new Qualifier(v, key(v));
    }

    private static String key(String value) {
      if (value.equals("ga") || value.equals("final") || value.equals("release")) {
        return RELEASE;
      }
      int i = ORDER.indexOf(value);
      return i < 0 ? ORDER.size() + "-" + value : String.valueOf(i);
    }

    @Override
    public boolean isNull() {
      return value.isEmpty();
    }

    @Override
    public int compareTo(MavenItem other) {
      if (other == null) {
        return Integer.signum(key.compareTo(RELEASE));
      }
      return switch (other) {
        case Number n -> -1;
        case Qualifier q -> Integer.signum(key.compareTo(q.key));
        case Combination c -> {
          int r = compareTo(c.text());
          if (r != 0) {
            yield r;
          }
          yield compareTo(null) == 0 ? -c.number().compareTo(null) : -1;
        }
        case Sub s -> -s.compareTo(this);
      };
    }
  }

  /** A qualifier directly followed by a number, e.g. {@code rc1} or {@code alpha-2}. */
  record Combination(Qualifier text, MavenItem number) implements MavenItem {
    @Override
    public boolean isNull() {
      return false;
    }

    @Override
    public int compareTo(MavenItem other) {
      if (other == null) {
        int r = text.compareTo(null);
        return r != 0 ? r : number.compareTo(null);
      }
      return switch (other) {
        case Number n -> -1;
        case Qualifier q -> {
          int r = text.compareTo(q);
          if (r != 0) {
            yield r;
          }
          yield text.compareTo(null) == 0 ? number.compareTo(null) : 1;
        }
        case Combination c -> {
          int r = text.compareTo(c.text);
          yield r != 0 ? r : number.compareTo(c.number);
        }
        case Sub s -> -s.compareTo(this);
      };
    }
  }

  /** The items after a {@code -} (or a digit/letter transition), compared as a nested list. */
  record Sub(List<MavenItem> items) implements MavenItem {
    Sub() {
      this(new ArrayList<>());
    }

    @Override
    public boolean isNull() {
      return items.isEmpty();
    }

    @Override
    public int compareTo(MavenItem other) {
      if (other == null) {
        for (MavenItem i : items) {
          int r = i.compareTo(null);
          if (r != 0) {
            return r;
          }
        }
        return 0;
      }
      return switch (other) {
        case Number n -> -1; // 1-1 < 1.0.x
        case Qualifier q -> compareScalar(q);
        case Combination c -> compareScalar(c);
        case Sub s -> compareLists(s);
      };
    }

    private int compareScalar(MavenItem item) {
      int r = items.isEmpty() ? -item.compareTo(null) : items.get(0).compareTo(item);
      for (int i = 1; r == 0 && i < items.size(); i++) {
        r = items.get(i).compareTo(null);
      }
      return r;
    }

    private int compareLists(Sub s) {
      int n = Math.max(items.size(), s.items.size());
      for (int i = 0; i < n; i++) {
        MavenItem l = i < items.size() ? items.get(i) : null;
        MavenItem r = i < s.items.size() ? s.items.get(i) : null;
        int c = l == null ? (r == null ? 0 : -r.compareTo(null)) : l.compareTo(r);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }

    /** Drops null items before the end or before a qualifier, as ComparableVersion does. */
    void normalize() {
      for (int i = items.size() - 1; i >= 0; i--) {
        MavenItem last = items.get(i);
        if (last.isNull()) {
          if (i == items.size() - 1 || items.get(i + 1) instanceof Qualifier) {
            items.remove(i);
          } else if (items.get(i + 1) instanceof Sub next) {
            MavenItem first = next.items.get(0);
            if (first instanceof Combination || first instanceof Qualifier) {
              items.remove(i);
            }
          }
        }
      }
      if (items.size() == 1 && items.get(0) instanceof Sub only) {
        List<MavenItem> inner = new ArrayList<>(only.items);
        items.clear();
        items.addAll(inner);
      }
    }
  }
}
