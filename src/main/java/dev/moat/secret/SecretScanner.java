package dev.moat.secret;

import dev.moat.image.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds secrets (cloud keys, tokens, private keys, passwords in URLs) in the files of an image as
 * they stream by. Immutable and thread-safe: one instance serves all layers in parallel. Each file
 * is read once through a bounded buffer; a keyword pass over the bytes decides which rules' regexes
 * run, and where. Binary files, files above the size limit and paths Trivy skips are not read.
 */
public final class SecretScanner {

  /** Bytes read per step; the buffer holds this plus a {@value FileScan#KEEP}-byte overlap. */
  static final int DEFAULT_CHUNK = 256 * 1024;

  private final SecretConfig config;
  private final int chunk;
  private final String fingerprint;
  private volatile Compiled compiled;

  /** The rules in force, compiled; built on first use (see {@link #fingerprint()}). */
  private record Compiled(CompiledRules rules, FileSelector selector) {}

  /** A scanner with all built-in rules and allow rules. */
  public SecretScanner() {
    this(SecretConfig.DEFAULT);
  }

  public SecretScanner(SecretConfig config) {
    this(config, DEFAULT_CHUNK);
  }

  SecretScanner(SecretConfig config, int chunk) {
    this.config = config;
    this.chunk = chunk;
    this.fingerprint = fingerprintOf(config);
  }

  private Compiled compiled() {
    Compiled c = compiled;
    if (c == null) {
      synchronized (this) {
        c = compiled;
        if (c == null) {
          c = compile(config);
          compiled = c;
        }
      }
    }
    return c;
  }

  private static Compiled compile(SecretConfig config) {
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
    return new Compiled(new CompiledRules(enabled, allow), new FileSelector(allow, config.maxFileSize()));
  }

  /** The rules in use, built-in and custom, after enabling and disabling. */
  public List<SecretRule> rules() {
    CompiledRules rules = compiled().rules();
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
    return compiled().selector().accepts(path, size);
  }

  /**
   * Scans one file. {@code content} is read at most to its end and not closed; a file that is not
   * {@linkplain #accepts accepted} or turns out binary yields no findings.
   */
  public List<SecretFinding> scan(String path, long size, InputStream content) throws IOException {
    Compiled c = compiled();
    if (!c.selector().accepts(path, size)) {
      return List.of();
    }
    CompiledRules rules = c.rules();
    boolean[] active = rules.activeFor(path);
    if (active.length == 0) {
      return List.of();
    }
    return new FileScan(rules, path, active, size, chunk).run(content);
  }

  /**
   * Identifies the rule set in use, so cached layer results are reused only by a scanner that would
   * find the same secrets. It is computed from the inputs (the built-in rules file's digest and the
   * configuration: rule ids and patterns, enabled and disabled ids, allow rules, size limit) so that
   * a scan whose layers are all cached never parses or compiles a rule.
   */
  public String fingerprint() {
    return fingerprint;
  }

  private static String fingerprintOf(SecretConfig config) {
    StringBuilder sb = new StringBuilder("secret-v2;builtin=").append(SecretRules.builtinDigest())
        .append(";max=").append(config.maxFileSize())
        .append(";enable=").append(new TreeSet<>(config.enableBuiltinRules()))
        .append(";disable=").append(new TreeSet<>(config.disableRules()))
        .append(";disable-allow=").append(new TreeSet<>(config.disableAllowRules()));
    for (SecretRule r : config.customRules()) {
      sb.append(";rule ").append(r.id()).append('|').append(r.category()).append('|').append(r.title())
          .append('|').append(r.severity()).append('|').append(r.regex().pattern()).append('|').append(r.keywords())
          .append('|').append(r.path().map(Pattern::pattern).orElse("")).append('|')
          .append(r.secretGroup().orElse("")).append('|').append(r.multiLine()).append('|').append(r.keywordLead());
      r.allowRules().forEach(a -> appendAllowRule(sb, a));
    }
    config.customAllowRules().forEach(a -> appendAllowRule(sb, a));
    return Digests.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void appendAllowRule(StringBuilder sb, AllowRule a) {
    sb.append(";allow ").append(a.id()).append('|').append(a.regex().map(Pattern::pattern).orElse(""))
        .append('|').append(a.path().map(Pattern::pattern).orElse(""));
  }
}
