package dev.moat.secret;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A detection rule in the shape of Trivy's secret rules: the regex runs only near a keyword (found
 * case-insensitively); the named group {@code secretGroup}, when given, is the secret, otherwise the
 * whole match is. {@code multiLine} rules (private keys) may match across lines; the others are
 * matched within the line of their keyword. A rule without keywords is tried on every line.
 * {@code keywordLead}, when known, bounds how far before its keyword a match starts: 0 means the
 * match starts with the keyword, so the regex is only tried there instead of along the line.
 */
public record SecretRule(
    String id,
    String category,
    String title,
    Severity severity,
    Pattern regex,
    List<String> keywords,
    Optional<Pattern> path,
    List<AllowRule> allowRules,
    Optional<String> secretGroup,
    boolean multiLine,
    OptionalInt keywordLead) {

  public SecretRule {
    keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).distinct().toList();
    allowRules = List.copyOf(allowRules);
  }

  /** Whether this rule looks at the file at {@code filePath} at all. */
  public boolean appliesTo(String filePath) {
    if (path.isPresent() && !path.get().matcher(filePath).find()) {
      return false;
    }
    return allowRules.stream().noneMatch(r -> r.allowsPath(filePath));
  }

  public boolean allowsMatch(CharSequence match) {
    return allowRules.stream().anyMatch(r -> r.allowsMatch(match));
  }
}
