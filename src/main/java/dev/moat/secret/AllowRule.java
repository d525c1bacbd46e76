package dev.moat.secret;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A known false positive, as in Trivy: files whose path matches {@code path} are not scanned, and a
 * match whose text matches {@code regex} is not reported. The two conditions act independently.
 */
public record AllowRule(String id, String description, Optional<Pattern> regex, Optional<Pattern> path) {

  public boolean allowsPath(String filePath) {
    return path.isPresent() && path.get().matcher(filePath).find();
  }

  public boolean allowsMatch(CharSequence match) {
    return regex.isPresent() && regex.get().matcher(match).find();
  }
}
