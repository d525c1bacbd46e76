package dev.moat.secret;

import java.util.List;
import java.util.Set;

/**
 * What the secret scanner looks for, with Trivy's {@code trivy-secret.yaml} semantics: all built-in
 * rules unless {@code enableBuiltinRules} names some, minus {@code disableRules}; custom rules are
 * always added; built-in allow rules minus {@code disableAllowRules}, plus the custom ones.
 *
 * @param enableBuiltinRules ids of the only built-in rules to use; empty means all
 * @param disableRules ids of rules (built-in or custom) not to use
 * @param disableAllowRules ids of built-in allow rules not to apply
 * @param customRules rules added to the built-in ones
 * @param customAllowRules allow rules added to the built-in ones
 * @param maxFileSize files larger than this many bytes are not scanned (default 10 MB, Trivy's
 *     warning threshold)
 */
public record SecretConfig(
    Set<String> enableBuiltinRules,
    Set<String> disableRules,
    Set<String> disableAllowRules,
    List<SecretRule> customRules,
    List<AllowRule> customAllowRules,
    long maxFileSize) {

  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  /** All built-in rules and allow rules, 10 MB per file. */
  public static final SecretConfig DEFAULT =
      new SecretConfig(Set.of(), Set.of(), Set.of(), List.of(), List.of(), DEFAULT_MAX_FILE_SIZE);

  public SecretConfig {
    enableBuiltinRules = Set.copyOf(enableBuiltinRules);
    disableRules = Set.copyOf(disableRules);
    disableAllowRules = Set.copyOf(disableAllowRules);
    customRules = List.copyOf(customRules);
    customAllowRules = List.copyOf(customAllowRules);
    if (maxFileSize <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
    }
  }

  public SecretConfig withMaxFileSize(long bytes) {
    return new SecretConfig(enableBuiltinRules, disableRules, disableAllowRules, customRules, customAllowRules, bytes);
  }

  public SecretConfig withCustomAllowRules(List<AllowRule> rules) {
    return new SecretConfig(enableBuiltinRules, disableRules, disableAllowRules, customRules, rules, maxFileSize);
  }
}
