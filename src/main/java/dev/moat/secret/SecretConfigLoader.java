package dev.moat.secret;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a secret configuration in the format of Trivy's {@code trivy-secret.yaml}: {@code rules},
 * {@code allow-rules}, {@code enable-builtin-rules}, {@code disable-rules}, {@code
 * disable-allow-rules}. Regexes are written for Go's RE2; the {@code (?P<name>...)} groups RE2
 * allows are rewritten to Java's {@code (?<name>...)}. Moat adds {@code multi-line: true} for rules
 * that span lines (otherwise guessed from {@code \s}, {@code \n} or {@code (?s)} in the regex),
 * and {@code keyword-lead: N} for rules whose matches start at most N characters before a keyword.
 */
public final class SecretConfigLoader {
  private static final Pattern GO_NAMED_GROUP = Pattern.compile("\\(\\?P?<([A-Za-z_][A-Za-z0-9_]*)>");

  private SecretConfigLoader() {}

  /** Loads {@code file}; a missing or malformed file is the user's error, named in the message. */
  public static SecretConfig load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (NoSuchFileException e) {
      throw MoatException.notFound("cannot read secret config " + file + ": no such file");
    } catch (IOException e) {
      throw MoatException.invalid("cannot read secret config " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses a configuration; {@code source} names it in error messages. */
  public static SecretConfig parse(InputStream in, String source) {
    JsonNode root;
    try {
      root = JsonTrees.parseYaml(in);
    } catch (IOException e) {
      throw MoatException.invalid("cannot read secret config " + source + ": not valid YAML (" + firstLine(e) + ")", e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return SecretConfig.DEFAULT;
    }
    if (!root.isObject()) {
      throw MoatException.invalid("cannot read secret config " + source + ": the top level must be a mapping");
    }
    List<SecretRule> rules = new ArrayList<>();
    for (JsonNode node : root.path("rules")) {
      rules.add(rule(node, source));
    }
    return new SecretConfig(
        strings(root.path("enable-builtin-rules")),
        strings(root.path("disable-rules")),
        strings(root.path("disable-allow-rules")),
        rules,
        allowRules(root.path("allow-rules"), source),
        SecretConfig.DEFAULT_MAX_FILE_SIZE);
  }

  private static SecretRule rule(JsonNode node, String source) {
    String id = required(node, "id", "rule", source);
    String where = "rule " + id;
    String regexText = required(node, "regex", where, source);
    Renamed renamed = renameGroups(regexText);
    Pattern regex = compile(renamed.regex(), where, source);
    Optional<String> group = text(node, "secret-group-name").map(g -> renamed.javaName(g));
    if (group.isPresent() && !renamed.regex().contains("(?<" + group.get() + ">")) {
      throw MoatException.invalid("cannot read secret config " + source + ": " + where
          + ": secret-group-name " + group.get() + " is not a group of its regex");
    }
    boolean multiLine = node.has("multi-line")
        ? node.get("multi-line").asBoolean()
        : regexText.contains("\\s") || regexText.contains("\\n") || regexText.contains("(?s");
    return new SecretRule(
        id,
        text(node, "category").orElse("Custom"),
        text(node, "title").orElse(id),
        severity(node, where, source),
        regex,
        new ArrayList<>(strings(node.path("keywords"))),
        text(node, "path").map(p -> compile(renameGroups(p).regex(), where + " path", source)),
        allowRules(node.path("allow-rules"), source),
        group,
        multiLine,
        keywordLead(node, where, source));
  }

  private static OptionalInt keywordLead(JsonNode node, String where, String source) {
    JsonNode lead = node.get("keyword-lead");
    if (lead == null || lead.isNull()) {
      return OptionalInt.empty();
    }
    if (!lead.canConvertToInt() || lead.asInt() < 0) {
      throw MoatException.invalid("cannot read secret config " + source + ": " + where
          + ": keyword-lead must be a number of characters, not " + lead.asText());
    }
    return OptionalInt.of(lead.asInt());
  }

  private static List<AllowRule> allowRules(JsonNode list, String source) {
    List<AllowRule> rules = new ArrayList<>();
    for (JsonNode node : list) {
      String id = required(node, "id", "allow rule", source);
      String where = "allow rule " + id;
      Optional<Pattern> regex = text(node, "regex").map(r -> compile(renameGroups(r).regex(), where, source));
      Optional<Pattern> path = text(node, "path").map(p -> compile(renameGroups(p).regex(), where + " path", source));
      if (regex.isEmpty() && path.isEmpty()) {
        throw MoatException.invalid("cannot read secret config " + source + ": " + where + " has neither regex nor path");
      }
      rules.add(new AllowRule(id, text(node, "description").orElse(""), regex, path));
    }
    return rules;
  }

  private static Severity severity(JsonNode node, String where, String source) {
    Optional<String> value = text(node, "severity");
    if (value.isEmpty()) {
      return Severity.UNKNOWN;
    }
    try {
      return Severity.valueOf(value.get().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw MoatException.invalid("cannot read secret config " + source + ": " + where + ": severity " + value.get()
          + " is not one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN");
    }
  }

  private static Pattern compile(String regex, String where, String source) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw MoatException.invalid("cannot read secret config " + source + ": " + where + ": invalid regex "
          + regex + " (" + e.getDescription() + ")", e);
    }
  }

  /** RE2 group names may hold {@code _}; Java's may not, so names lose it consistently. */
  private static Renamed renameGroups(String regex) {
    Matcher m = GO_NAMED_GROUP.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("(?<" + javaGroupName(m.group(1)) + ">"));
    }
    m.appendTail(out);
    return new Renamed(out.toString());
  }

  private static String javaGroupName(String name) {
    String plain = name.replace("_", "");
    return plain.isEmpty() || !Character.isLetter(plain.charAt(0)) ? "g" + plain : plain;
  }

  private record Renamed(String regex) {
    String javaName(String goName) {
      return javaGroupName(goName);
    }
  }

  private static String required(JsonNode node, String field, String what, String source) {
    return text(node, field).orElseThrow(() -> MoatException.invalid(
        "cannot read secret config " + source + ": a " + what + " has no " + field));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isEmpty() ? Optional.empty() : Optional.of(value.asText());
  }

  private static Set<String> strings(JsonNode list) {
    Set<String> values = new LinkedHashSet<>();
    if (list.isTextual()) {
      values.add(list.asText());
    }
    for (JsonNode item : list) {
      values.add(item.asText());
    }
    return values;
  }

  private static String firstLine(IOException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
