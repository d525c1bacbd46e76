package dev.moat.ecosystem.pypi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and normalizes PEP 440 versions with the grammar of PEP 440's appendix B. */
final class Pep440Parser {

  // PEP 440 appendix B; ASCII-only case folding, as Python's re with [0-9] and [a-z] classes.
  private static final Pattern VERSION =
      Pattern.compile(
          "v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)"
              + "(?<pre>[-_.]?(?<prel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pren>[0-9]+)?)?"
              + "(?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?"
              + "(?<dev>[-_.]?(?<devl>dev)[-_.]?(?<devn>[0-9]+)?)?)"
              + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
          Pattern.CASE_INSENSITIVE);

  private Pep440Parser() {}

  static Optional<Pep440Version> parse(String s) {
    Matcher m = VERSION.matcher(strip(s, 0, s.length()));
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> release = new ArrayList<>();
    for (String part : m.group("release").split("\\.")) {
      release.add(strip(part));
    }
    Optional<String> preLabel = Optional.empty();
    String preNumber = "0";
    if (m.group("pre") != null) {
      String l = m.group("prel").toLowerCase(Locale.ROOT);
      preLabel = Optional.of(switch (l) {
        case "alpha", "a" -> "a";
        case "beta", "b" -> "b";
        default -> "rc";
      });
      preNumber = strip(m.group("pren"));
    }
    Optional<String> post = Optional.empty();
    if (m.group("post") != null) {
      post = Optional.of(strip(m.group("postn1") != null ? m.group("postn1") : m.group("postn2")));
    }
    Optional<String> dev =
        m.group("dev") == null ? Optional.empty() : Optional.of(strip(m.group("devn")));
    Optional<List<String>> local =
        m.group("local") == null
            ? Optional.empty()
            : Optional.of(
                Arrays.stream(m.group("local").toLowerCase(Locale.ROOT).split("[-_.]"))
                    .map(p -> Pep440Version.isNumber(p) ? strip(p) : p)
                    .toList());
    return Optional.of(
        new Pep440Version(
            m.group("epoch") == null ? "0" : strip(m.group("epoch")),
            release, preLabel, preNumber, post, dev, local));
  }

  /** Trims Unicode white space, as Python's {@code \\s} in packaging's pattern does. */
  private static String strip(String s, int from, int to) {
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String strip(String digits) {
    if (digits == null) {
      return "0";
    }
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }
}
