package dev.moat.secret;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds secrets (cloud keys, tokens, private keys, passwords in URLs) in the files of an image as
 * they stream by. Immutable and thread-safe: one instance serves all layers in parallel. Each file
 * is read once through a bounded buffer; a keyword pass over the bytes decides which rules' regexes
 * run, and where. Binary files, files above the size limit and paths Trivy skips are not read.
 */
public final class SecretScanner {

  /** Bytes read per step; the buffer holds this plus a {@value FileScan#KEEP}-byte overlap. */
  static final int DEFAULT_CHUNK = 256 * 1024;

  private final CompiledRules rules;
  private final FileSelector selector;
  private final int chunk;
  private final String fingerprint;

  /** A scanner with all built-in rules and allow rules. */
  public SecretScanner() {
    this(SecretConfig.DEFAULT);
  }

  public SecretScanner(SecretConfig config) {
    this(config, DEFAULT_CHUNK);
  }

  SecretScanner(SecretConfig config, int chunk) {
    List<SecretRule> enabled = new ArrayList<>();
    for (SecretRule rule : SecretRules.builtinRules()) {
      if (config.enableBuiltinRules().isEmpty() || config.enableBuiltinRules().contains(rule.id())) {
        enabled.add(rule);
      }
    }
    enabled.addAll(config.customRules());
    enabled.removeIf(rule -> config.disableRules().contains(rule.id()));
    List<AllowRule> allow = new ArrayList<>(SecretRules.builtinAllowRules());
    allow.removeIf(rule -> config.disableAllowRules().contains(rule.id()));
    allow.addAll(config.customAllowRules());
    this.rules = new CompiledRules(enabled, allow);
    this.selector = new FileSelector(allow, config.maxFileSize());
    this.chunk = chunk;
    this.fingerprint = fingerprintOf(enabled, allow, config.maxFileSize());
  }

  /** The rules in use, built-in and custom, after enabling and disabling. */
  public List<SecretRule> rules() {
    List<SecretRule> list = new ArrayList<>(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      list.add(rules.rule(i));
    }
    return List.copyOf(list);
  }

  /**
   * Whether {@link #scan} would read the file at {@code path} (absolute in the image) of {@code
   * size} bytes; the caller may skip the content of files it does not accept.
   */
  public boolean accepts(String path, long size) {
    return selector.accepts(path, size);
  }

  /**
   * Scans one file. {@code content} is read at most to its end and not closed; a file that is not
   * {@linkplain #accepts accepted} or turns out binary yields no findings.
   */
  public List<SecretFinding> scan(String path, long size, InputStream content) throws IOException {
    if (!selector.accepts(path, size)) {
      return List.of();
    }
    boolean[] active = rules.activeFor(path);
    if (active.length == 0) {
      return List.of();
    }
    return new FileScan(rules, path, active, size, chunk).run(content);
  }

  /**
   * Identifies the rule set in use, so cached layer results are reused only by a scanner that would
   * find the same secrets (rule ids and patterns, allow rules, size limit).
   */
  public String fingerprint() {
    return fingerprint;
  }

  private static String fingerprintOf(List<SecretRule> enabled, List<AllowRule> allow, long maxFileSize) {
    StringBuilder sb = new StringBuilder("secret-v1;max=").append(maxFileSize);
    for (SecretRule r : enabled) {
      sb.append(';').append(r.id()).append('=').append(r.regex().pattern()).append(r.keywords());
      r.path().ifPresent(p -> sb.append(" path=").append(p.pattern()));
    }
    for (AllowRule a : allow) {
      sb.append(";allow ").append(a.id()).append(a.regex().map(java.util.regex.Pattern::pattern).orElse(""))
          .append(a.path().map(java.util.regex.Pattern::pattern).orElse(""));
    }
    return Integer.toHexString(sb.toString().hashCode()) + "-" + enabled.size() + "-" + allow.size();
  }
}
