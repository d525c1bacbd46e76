package dev.moat.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moat.analyze.LayerSecret;
import dev.moat.json.JsonTrees;
import dev.moat.match.Finding;
import dev.moat.sbom.BomRefs;
import dev.moat.sbom.Inventory;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Moat's JSON report, schema version 1 (documented in docs/json-report.md): the artifact, then one
 * result per target with its vulnerabilities, then secrets. Fields are only ever added within a
 * schema version.
 */
public final class JsonReportWriter {

  public static final int SCHEMA_VERSION = 1;

  public void write(ScanReport report, OutputStream out) throws IOException {
    JsonTrees.writePretty(toJson(report), out);
  }

  ObjectNode toJson(ScanReport report) {
    Inventory inventory = report.inventory();
    BomRefs refs = new BomRefs(inventory.packages(), inventory.os());
    ObjectNode root = JsonTrees.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("tool", "moat " + report.toolVersion());
    ObjectNode artifact = root.putObject("artifact");
    var image = inventory.image();
    artifact.put("name", image.name());
    image.manifestDigest().ifPresent(d -> artifact.put("manifestDigest", d));
    artifact.put("configDigest", image.configBlob().digest());
    artifact.put("platform", image.platform().toString());
    inventory.os().ifPresent(os -> {
      ObjectNode o = artifact.putObject("os");
      o.put("family", os.family());
      o.put("version", os.version());
    });
    ArrayNode diffIds = artifact.putArray("diffIds");
    image.config().diffIds().forEach(diffIds::add);

    ArrayNode results = root.putArray("results");
    for (Map.Entry<String, List<Finding>> target : Targets.group(inventory, report.findings()).entrySet()) {
      ObjectNode result = results.addObject();
      result.put("target", target.getKey());
      result.put("class", Targets.classOf(target.getValue().get(0).pkg()));
      result.put("type", target.getValue().get(0).pkg().type());
      ArrayNode vulns = result.putArray("vulnerabilities");
      for (Finding f : target.getValue()) {
        vulns.add(finding(f, refs));
      }
    }
    ArrayNode secrets = root.putArray("secrets");
    for (LayerSecret s : report.secrets()) {
      ObjectNode n = secrets.addObject();
      n.put("ruleId", s.finding().ruleId());
      n.put("category", s.finding().category());
      n.put("severity", s.finding().severity().name());
      n.put("title", s.finding().title());
      n.put("path", s.finding().path());
      n.put("startLine", s.finding().startLine());
      n.put("endLine", s.finding().endLine());
      n.put("match", s.finding().maskedMatch());
      n.put("line", s.finding().maskedLine());
      n.put("layer", s.layerDiffId());
      n.put("deletedInFinalImage", s.deletedInFinalImage());
    }
    ArrayNode suppressed = root.putArray("suppressed");
    report.suppressed().forEach(s -> {
      ObjectNode n = suppressed.addObject();
      n.put("id", s.finding().id());
      n.put("purl", refs.purl(s.finding().pkg()));
      n.put("reason", s.reason());
    });
    return root;
  }

  private static ObjectNode finding(Finding f, BomRefs refs) {
    ObjectNode n = JsonTrees.object();
    n.put("id", f.id());
    ArrayNode aliases = n.putArray("aliases");
    f.aliases().forEach(aliases::add);
    n.put("pkgName", f.pkg().name());
    n.put("pkgType", f.pkg().type());
    n.put("purl", refs.purl(f.pkg()));
    n.put("installedVersion", f.installedVersion());
    f.pkg().sourceName().ifPresent(s -> n.put("srcName", s));
    ArrayNode fixed = n.putArray("fixedVersions");
    f.fixedVersions().forEach(fixed::add);
    n.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
    n.put("severity", f.severity().name());
    n.put("severitySource", f.severitySource());
    ArrayNode cvss = n.putArray("cvss");
    for (Finding.CvssScore c : f.cvss()) {
      ObjectNode cn = cvss.addObject();
      cn.put("version", c.version());
      cn.put("vector", c.vector());
      c.score().ifPresent(s -> cn.put("score", s));
      cn.put("source", c.source());
    }
    f.title().ifPresent(t -> n.put("title", t));
    f.description().ifPresent(d -> n.put("description", d));
    ArrayNode references = n.putArray("references");
    f.references().forEach(references::add);
    n.put("knownExploited", f.knownExploited());
    n.put("dataSource", f.dataSource());
    n.put("layer", f.pkg().layer());
    n.put("path", f.pkg().path());
    return n;
  }
}
