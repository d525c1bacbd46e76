package dev.moat.secret;

import dev.moat.MoatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Moat's built-in secret rules and allow rules, read once from {@code builtin-rules.yaml} beside
 * this class (the same format as a user's {@code --secret-config}). They follow Trivy's built-in
 * rules (ids, keywords, severities) plus a few token formats from gitleaks and vendor docs.
 */
public final class SecretRules {

  private static final String RESOURCE = "builtin-rules.yaml";
  private static final SecretConfig BUILTIN = load();

  private SecretRules() {}

  /** The built-in detection rules. */
  public static List<SecretRule> builtinRules() {
    return BUILTIN.customRules();
  }

  /** The built-in allow rules (Trivy's, plus placeholders in URLs). */
  public static List<AllowRule> builtinAllowRules() {
    return BUILTIN.customAllowRules();
  }

  private static SecretConfig load() {
    try (InputStream in = SecretRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new MoatException(MoatException.Kind.INTERNAL, "built-in secret rules " + RESOURCE + " are missing from the jar");
      }
      return SecretConfigLoader.parse(in, "built-in " + RESOURCE);
    } catch (IOException e) {
      throw new MoatException(MoatException.Kind.INTERNAL, "cannot read built-in secret rules: " + e.getMessage(), e);
    }
  }
}
