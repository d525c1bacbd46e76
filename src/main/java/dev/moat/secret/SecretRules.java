package dev.moat.secret;

import dev.moat.MoatException;
import dev.moat.image.Digests;
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

  private SecretRules() {}

  /** The built-in detection rules. */
  public static List<SecretRule> builtinRules() {
    return Builtin.RULES.customRules();
  }

  /** The built-in allow rules (Trivy's, plus placeholders in URLs). */
  public static List<AllowRule> builtinAllowRules() {
    return Builtin.RULES.customAllowRules();
  }

  /**
   * A digest of the built-in rules file, without parsing it: a scan whose layers are all cached
   * never needs the rules themselves, and parsing them costs more than the rest of such a scan.
   */
  static String builtinDigest() {
    try (InputStream in = open()) {
      return Digests.sha256(in.readAllBytes());
    } catch (IOException e) {
      throw new MoatException(MoatException.Kind.INTERNAL, "cannot read built-in secret rules: " + e.getMessage(), e);
    }
  }

  private static InputStream open() {
    InputStream in = SecretRules.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new MoatException(MoatException.Kind.INTERNAL, "built-in secret rules " + RESOURCE + " are missing from the jar");
    }
    return in;
  }

  /** Parsed on first use. */
  private static final class Builtin {
    static final SecretConfig RULES = load();

    private static SecretConfig load() {
      try (InputStream in = open()) {
        return SecretConfigLoader.parse(in, "built-in " + RESOURCE);
      } catch (IOException e) {
        throw new MoatException(MoatException.Kind.INTERNAL, "cannot read built-in secret rules: " + e.getMessage(), e);
      }
    }
  }
}
