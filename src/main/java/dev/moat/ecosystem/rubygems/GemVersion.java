package dev.moat.ecosystem.rubygems;

import dev.moat.MoatException;
import dev.moat.version.DigitRuns;
import dev.moat.version.ParseCache;
import dev.moat.version.VersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RubyGems ordering as {@code Gem::Version#<=>}: segments are digit runs or letter runs
 * ({@code -} reads as {@code .pre.}), trailing zeros are dropped, a letter segment is a
 * pre-release and sorts below any number. Constraints are {@code Gem::Requirement}s
 * ({@code ~> 1.2}, {@code >= 1.0, < 2}); comma-separated requirements must all hold.
 */
public final class GemVersion implements VersionScheme {

  private static final Pattern VALID =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?)?\\s*");

  @Override
  public String name() {
    return "gem";
  }

  private static final ParseCache<List<Object>> CANONICAL =
      new ParseCache<>(8192, v -> List.copyOf(canonical(segments(v))));

  @Override
  public int compare(String a, String b) {
    return compareSegments(CANONICAL.get(a), CANONICAL.get(b));
  }

  @Override
  public boolean isValid(String v) {
    return VALID.matcher(v).matches();
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    List<Object> v = CANONICAL.get(version);
    for (String part : constraint.split(",")) {
      if (!GemRequirement.parse(part).test(v)) {
        return false;
      }
    }
    return true;
  }

  /** The raw segments: digit strings for digit runs, {@link Text} for letter runs. */
  static List<Object> segments(String version) {
    if (!VALID.matcher(version).matches()) {
      throw MoatException.invalid("invalid RubyGems version '" + version + "'");
    }
    String v = version.strip().replace("-", ".pre.");
    List<Object> segs = new ArrayList<>();
    int i = 0;
    while (i < v.length()) {
      char c = v.charAt(i);
      int start = i;
      if (DigitRuns.isDigit(c)) {
        while (i < v.length() && DigitRuns.isDigit(v.charAt(i))) {
          i++;
        }
        segs.add(v.substring(start, i));
      } else if (DigitRuns.isLetter(c)) {
        while (i < v.length() && DigitRuns.isLetter(v.charAt(i))) {
          i++;
        }
        segs.add(new Text(v.substring(start, i)));
      } else {
        i++;
      }
    }
    return segs;
  }

  /** {@code canonical_segments}: trailing zeros dropped from the numeric and the text part. */
  static List<Object> canonical(List<Object> segs) {
    int firstText = 0;
    while (firstText < segs.size() && !(segs.get(firstText) instanceof Text)) {
      firstText++;
    }
    List<Object> numbers = new ArrayList<>(segs.subList(0, firstText));
    List<Object> rest = new ArrayList<>(segs.subList(firstText, segs.size()));
    trimZeros(numbers);
    trimZeros(rest);
    numbers.addAll(rest);
    return numbers;
  }

  /** A letter segment, kept apart from digit segments (which are digit strings). */
  record Text(String value) {}

  private static void trimZeros(List<Object> segs) {
    while (!segs.isEmpty()
        && segs.get(segs.size() - 1) instanceof String d
        && DigitRuns.compare(d, "0") == 0) {
      segs.remove(segs.size() - 1);
    }
  }

  static int compareSegments(List<Object> a, List<Object> b) {
    int n = Math.max(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      Object l = i < a.size() ? a.get(i) : "0";
      Object r = i < b.size() ? b.get(i) : "0";
      if (l instanceof Text lt && r instanceof Text rt) {
        int c = lt.value().compareTo(rt.value());
        if (c != 0) {
          return Integer.signum(c);
        }
      } else if (l instanceof Text) {
        return -1;
      } else if (r instanceof Text) {
        return 1;
      } else {
        int c = DigitRuns.compare((String) l, (String) r);
        if (c != 0) {
          return c;
        }
      }
    }
    return 0;
  }
}
