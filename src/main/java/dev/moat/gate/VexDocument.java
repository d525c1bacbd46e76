package dev.moat.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an OpenVEX document (v0.2.0, and the earlier form where {@code vulnerability} and
 * {@code products} are plain strings).
 */
public final class VexDocument {

  private VexDocument() {}

  public static List<VexStatement> read(Path file) {
    JsonNode root;
    try {
      root = JsonTrees.parse(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw MoatException.notFound("VEX file " + file + " does not exist");
    } catch (IOException e) {
      throw MoatException.invalid("VEX file " + file + " is not valid JSON: "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
    }
    if (root == null || !root.path("statements").isArray()) {
      throw MoatException.invalid("VEX file " + file + " is not an OpenVEX document (no 'statements' array)");
    }
    List<VexStatement> statements = new ArrayList<>();
    int n = 0;
    for (JsonNode s : root.path("statements")) {
      n++;
      JsonNode vuln = s.path("vulnerability");
      String name = vuln.isTextual() ? vuln.asText() : vuln.path("name").asText(vuln.path("@id").asText(""));
      String status = s.path("status").asText("");
      if (name.isBlank() || status.isBlank()) {
        throw MoatException.invalid("VEX file " + file + ": statement " + n + " lacks a vulnerability name or status");
      }
      List<String> aliases = new ArrayList<>();
      vuln.path("aliases").forEach(a -> aliases.add(a.asText()));
      List<VexStatement.Product> products = new ArrayList<>();
      for (JsonNode p : s.path("products")) {
        if (p.isTextual()) {
          products.add(new VexStatement.Product(p.asText(), List.of()));
        } else {
          List<String> subs = new ArrayList<>();
          p.path("subcomponents").forEach(c -> subs.add(c.isTextual() ? c.asText() : c.path("@id").asText()));
          products.add(new VexStatement.Product(p.path("@id").asText(), subs));
        }
      }
      statements.add(new VexStatement(name, aliases, products, status,
          Optional.ofNullable(s.path("justification").textValue())));
    }
    return statements;
  }
}
