package dev.moat.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moat.analyze.LayerSecret;
import dev.moat.json.JsonTrees;
import dev.moat.match.Finding;
import dev.moat.match.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one rule per vulnerability id or secret rule,
 * with {@code security-severity} so GitHub ranks alerts, and one result per finding located at
 * the file the package was found in.
 */
public final class SarifReportWriter {

  public void write(ScanReport report, OutputStream out) throws IOException {
    JsonTrees.writePretty(toJson(report), out);
  }

  ObjectNode toJson(ScanReport report) {
    ObjectNode root = JsonTrees.object();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0-rtm.5.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "moat");
    driver.put("informationUri", "https://moat.dev");
    driver.put("version", report.toolVersion());
    Map<String, ObjectNode> rules = new LinkedHashMap<>();
    ArrayNode results = JsonTrees.array();
    for (Finding f : report.findings()) {
      ObjectNode rule = rules.computeIfAbsent(f.id(), id -> vulnerabilityRule(f));
      ObjectNode result = results.addObject();
      result.put("ruleId", f.id());
      result.put("ruleIndex", indexOf(rules, f.id()));
      result.put("level", level(f.severity()));
      result.putObject("message").put("text", "Package: " + f.pkg().name() + "\nInstalled Version: "
          + f.installedVersion() + "\nVulnerability " + f.id() + "\nSeverity: " + f.severity()
          + "\nFixed Version: " + String.join(", ", f.fixedVersions())
          + (f.references().isEmpty() ? "" : "\nLink: " + f.references().get(0)));
      location(result, f.pkg().path(), 1, 1);
    }
    for (LayerSecret s : report.secrets()) {
      var secret = s.finding();
      rules.computeIfAbsent(secret.ruleId(), id -> secretRule(secret.ruleId(), secret.title(), secret.severity().name()));
      ObjectNode result = results.addObject();
      result.put("ruleId", secret.ruleId());
      result.put("ruleIndex", indexOf(rules, secret.ruleId()));
      result.put("level", level(Severity.parse(secret.severity().name())));
      result.putObject("message").put("text", "Secret " + secret.title() + ": " + secret.maskedMatch()
          + (s.deletedInFinalImage() ? " (deleted by an upper layer, still shipped in layer " + s.layerDiffId() + ")" : ""));
      location(result, secret.path(), Math.max(1, secret.startLine()), Math.max(1, secret.endLine()));
    }
    ArrayNode ruleArray = driver.putArray("rules");
    rules.values().forEach(ruleArray::add);
    run.set("results", results);
    run.putObject("originalUriBaseIds").putObject("ROOTPATH").put("uri", "file:///");
    return root;
  }

  private static int indexOf(Map<String, ObjectNode> rules, String id) {
    int i = 0;
    for (String key : rules.keySet()) {
      if (key.equals(id)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  private static ObjectNode vulnerabilityRule(Finding f) {
    ObjectNode rule = JsonTrees.object();
    rule.put("id", f.id());
    rule.put("name", "OsPackageVulnerability".replace("OsPackage", Targets.OS_TYPES.contains(f.pkg().type())
        ? "OsPackage" : "LanguageSpecificPackage"));
    String title = f.title().orElse(f.id());
    rule.putObject("shortDescription").put("text", title);
    rule.putObject("fullDescription").put("text", f.description().orElse(title));
    rule.putObject("defaultConfiguration").put("level", level(f.severity()));
    if (!f.references().isEmpty()) {
      rule.put("helpUri", f.references().get(0));
    }
    rule.putObject("help").put("text", "Vulnerability " + f.id() + "\nSeverity: " + f.severity()
        + "\nPackage: " + f.pkg().name() + "\nFixed Version: " + String.join(", ", f.fixedVersions()));
    ObjectNode props = rule.putObject("properties");
    props.put("precision", "very-high");
    props.put("security-severity", securitySeverity(f));
    ArrayNode tags = props.putArray("tags");
    tags.add("vulnerability").add("security").add(f.severity().name());
    return rule;
  }

  private static ObjectNode secretRule(String id, String title, String severity) {
    ObjectNode rule = JsonTrees.object();
    rule.put("id", id);
    rule.put("name", "Secret");
    rule.putObject("shortDescription").put("text", title);
    rule.putObject("fullDescription").put("text", title);
    Severity s = Severity.parse(severity);
    rule.putObject("defaultConfiguration").put("level", level(s));
    ObjectNode props = rule.putObject("properties");
    props.put("precision", "very-high");
    props.put("security-severity", defaultScore(s));
    props.putArray("tags").add("secret").add("security").add(s.name());
    return rule;
  }

  private static void location(ObjectNode result, String path, int startLine, int endLine) {
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", path.startsWith("/") ? path.substring(1) : path)
        .put("uriBaseId", "ROOTPATH");
    ObjectNode region = physical.putObject("region");
    region.put("startLine", startLine);
    region.put("endLine", endLine);
    region.put("startColumn", 1);
    region.put("endColumn", 1);
  }

  /** GitHub ranks by this number: the best CVSS score, else a typical score of the severity. */
  private static String securitySeverity(Finding f) {
    return f.cvss().stream().flatMap(c -> c.score().stream()).max(Double::compare)
        .map(s -> String.format(Locale.ROOT, "%.1f", s)).orElse(defaultScore(f.severity()));
  }

  private static String defaultScore(Severity s) {
    return switch (s) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "2.0";
      case UNKNOWN -> "0.0";
    };
  }

  private static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, UNKNOWN -> "note";
    };
  }
}
