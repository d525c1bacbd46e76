package dev.moat.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code .moatignore}: Trivy's {@code .trivyignore} text format (one id per line,
 * optional {@code exp:YYYY-MM-DD}, {@code #} comments) or, for {@code .yaml}/{@code .yml} files,
 * the structured form with {@code vulnerabilities:} and {@code secrets:} lists of
 * {@code {id, paths, purls, statement, expired_at}}.
 */
public final class IgnoreFile {

  private IgnoreFile() {}

  public static List<IgnoreRule> read(Path file) {
    try {
      String text = Files.readString(file);
      String name = file.getFileName().toString();
      return name.endsWith(".yaml") || name.endsWith(".yml") ? parseYaml(file, text) : parseText(file, text);
    } catch (NoSuchFileException e) {
      throw MoatException.notFound("ignore file " + file + " does not exist");
    } catch (IOException e) {
      throw MoatException.invalid("cannot read ignore file " + file + ": " + e.getMessage(), e);
    }
  }

  static List<IgnoreRule> parseText(Path file, String text) {
    List<IgnoreRule> rules = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      Optional<String> reason = hash >= 0 ? Optional.of(line.substring(hash + 1).trim()).filter(s -> !s.isEmpty())
          : Optional.empty();
      String body = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (body.isEmpty()) {
        continue;
      }
      String[] fields = body.split("\\s+");
      Optional<LocalDate> expires = Optional.empty();
      for (int f = 1; f < fields.length; f++) {
        if (fields[f].startsWith("exp:")) {
          expires = Optional.of(date(file, i + 1, fields[f].substring(4)));
        } else {
          throw MoatException.invalid(file + ":" + (i + 1) + ": unexpected '" + fields[f] + "' (expected exp:YYYY-MM-DD)");
        }
      }
      rules.add(new IgnoreRule(fields[0], List.of(), List.of(), expires, reason, i + 1));
    }
    return rules;
  }

  static List<IgnoreRule> parseYaml(Path file, String text) {
    JsonNode root;
    try {
      root = JsonTrees.parseYaml(text);
    } catch (IOException e) {
      throw MoatException.invalid("ignore file " + file + " is not valid YAML: " + firstLine(e.getMessage()), e);
    }
    List<IgnoreRule> rules = new ArrayList<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return rules;
    }
    if (!root.isObject()) {
      throw MoatException.invalid("ignore file " + file + ": expected a mapping with 'vulnerabilities' or 'secrets'");
    }
    for (String section : List.of("vulnerabilities", "secrets", "misconfigurations")) {
      for (JsonNode entry : root.path(section)) {
        String id = entry.path("id").asText("");
        if (id.isBlank()) {
          throw MoatException.invalid("ignore file " + file + ": an entry of '" + section + "' has no id");
        }
        Optional<LocalDate> expires = entry.hasNonNull("expired_at")
            ? Optional.of(date(file, 0, entry.get("expired_at").asText())) : Optional.empty();
        rules.add(new IgnoreRule(id, strings(entry.path("purls")), strings(entry.path("paths")), expires,
            Optional.ofNullable(entry.path("statement").textValue()), 0));
      }
    }
    return rules;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static LocalDate date(Path file, int line, String text) {
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw MoatException.invalid(file + (line > 0 ? ":" + line : "") + ": invalid expiry date '" + text
          + "' (expected YYYY-MM-DD)");
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
