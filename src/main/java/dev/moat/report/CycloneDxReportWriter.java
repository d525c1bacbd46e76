package dev.moat.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moat.match.Finding;
import dev.moat.match.Severity;
import dev.moat.sbom.BomRefs;
import dev.moat.sbom.CycloneDxBuilder;
import dev.moat.sbom.SbomWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * CycloneDX 1.6 with a {@code vulnerabilities} section, as Trivy and Grype write it: one entry per
 * finding, its primary id as {@code id}, every alias as a {@code references[]} entry, ratings from
 * the severity and CVSS, and {@code affects[].ref} pointing at the component's {@code bom-ref}.
 */
public final class CycloneDxReportWriter {

  public void write(ScanReport report, OutputStream out) throws IOException {
    BomRefs refs = new BomRefs(report.inventory().packages(), report.inventory().os());
    ObjectNode bom = CycloneDxBuilder.build(report.inventory(), refs, report.toolVersion());
    ArrayNode vulnerabilities = bom.putArray("vulnerabilities");
    for (Finding f : report.findings()) {
      vulnerability(vulnerabilities.addObject(), f, refs);
    }
    SbomWriter.writeJson(bom, out);
  }

  private static void vulnerability(ObjectNode v, Finding f, BomRefs refs) {
    v.put("bom-ref", f.id() + "@" + refs.ref(f.pkg()));
    v.put("id", f.id());
    source(v.putObject("source"), f.id());
    ArrayNode references = v.putArray("references");
    for (String alias : f.aliases()) {
      ObjectNode r = references.addObject();
      r.put("id", alias);
      source(r.putObject("source"), alias);
    }
    ArrayNode ratings = v.putArray("ratings");
    ObjectNode vendor = ratings.addObject();
    vendor.putObject("source").put("name", f.severitySource());
    vendor.put("severity", severity(f.severity()));
    for (Finding.CvssScore c : f.cvss()) {
      ObjectNode r = ratings.addObject();
      r.putObject("source").put("name", c.source());
      c.score().ifPresent(s -> {
        r.put("score", s);
        r.put("severity", severity(Severity.ofCvssScore(s)));
      });
      r.put("method", c.version().startsWith("4") ? "CVSSv4" : c.version().equals("3.1") ? "CVSSv31"
          : c.version().startsWith("3") ? "CVSSv3" : "CVSSv2");
      r.put("vector", c.vector());
    }
    f.title().ifPresent(t -> v.put("description", t));
    f.description().ifPresent(d -> v.put("detail", d));
    if (!f.fixedVersions().isEmpty()) {
      v.put("recommendation", "Upgrade " + f.pkg().name() + " to version " + String.join(", ", f.fixedVersions()));
    }
    ObjectNode affect = v.putArray("affects").addObject();
    affect.put("ref", refs.ref(f.pkg()));
    ObjectNode version = affect.putArray("versions").addObject();
    version.put("version", f.installedVersion());
    version.put("status", "affected");
  }

  private static String severity(Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  /** Where an id is published, so consumers can resolve it. */
  private static void source(ObjectNode s, String id) {
    String[] nameAndUrl;
    if (id.startsWith("CVE-")) {
      nameAndUrl = new String[] {"NVD", "https://nvd.nist.gov/vuln/detail/"};
    } else if (id.startsWith("GHSA-")) {
      nameAndUrl = new String[] {"GitHub", "https://github.com/advisories/"};
    } else if (id.startsWith("GO-")) {
      nameAndUrl = new String[] {"Go Vulnerability Database", "https://pkg.go.dev/vuln/"};
    } else if (id.startsWith("RUSTSEC-")) {
      nameAndUrl = new String[] {"RustSec", "https://rustsec.org/advisories/"};
    } else if (id.startsWith("DSA-") || id.startsWith("DLA-")) {
      nameAndUrl = new String[] {"Debian", "https://security-tracker.debian.org/tracker/"};
    } else {
      nameAndUrl = new String[] {"OSV", "https://osv.dev/vulnerability/"};
    }
    s.put("name", nameAndUrl[0]);
    s.put("url", nameAndUrl[1] + id);
  }
}
