package dev.moat.report;

import dev.moat.match.Finding;
import dev.moat.match.Severity;
import dev.moat.sbom.BomRefs;
import dev.moat.sbom.CycloneDxBuilder;
import dev.moat.sbom.SbomWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.vulnerability.Vulnerability;

/**
 * CycloneDX 1.6 with a {@code vulnerabilities} section, as Trivy and Grype write it: one entry per
 * finding, its primary id as {@code id}, every alias as a {@code references[]} entry, ratings from
 * the severity and CVSS, and {@code affects[].ref} pointing at the component's {@code bom-ref}.
 */
public final class CycloneDxReportWriter {

  public void write(ScanReport report, OutputStream out) throws IOException {
    BomRefs refs = new BomRefs(report.inventory().packages(), report.inventory().os());
    Bom bom = CycloneDxBuilder.build(report.inventory(), refs, report.toolVersion());
    List<Vulnerability> vulnerabilities = new ArrayList<>();
    for (Finding f : report.findings()) {
      vulnerabilities.add(vulnerability(f, refs));
    }
    bom.setVulnerabilities(vulnerabilities);
    out.write(SbomWriter.cycloneDxJson(bom));
    out.flush();
  }

  private static Vulnerability vulnerability(Finding f, BomRefs refs) {
    Vulnerability v = new Vulnerability();
    v.setBomRef(f.id() + "@" + refs.ref(f.pkg()));
    v.setId(f.id());
    v.setSource(source(f.id()));
    List<Vulnerability.Reference> references = new ArrayList<>();
    for (String alias : f.aliases()) {
      Vulnerability.Reference r = new Vulnerability.Reference();
      r.setId(alias);
      r.setSource(source(alias));
      references.add(r);
    }
    v.setReferences(references);
    List<Vulnerability.Rating> ratings = new ArrayList<>();
    Vulnerability.Rating vendor = new Vulnerability.Rating();
    vendor.setSource(named(f.severitySource()));
    vendor.setSeverity(severity(f.severity()));
    ratings.add(vendor);
    for (Finding.CvssScore c : f.cvss()) {
      Vulnerability.Rating r = new Vulnerability.Rating();
      r.setSource(named(c.source()));
      r.setVector(c.vector());
      c.score().ifPresent(r::setScore);
      c.score().ifPresent(s -> r.setSeverity(severity(Severity.ofCvssScore(s))));
      r.setMethod(c.version().startsWith("4") ? Vulnerability.Rating.Method.CVSSV4
          : c.version().equals("3.1") ? Vulnerability.Rating.Method.CVSSV31
          : c.version().startsWith("3") ? Vulnerability.Rating.Method.CVSSV3 : Vulnerability.Rating.Method.CVSSV2);
      ratings.add(r);
    }
    v.setRatings(ratings);
    f.title().ifPresent(v::setDescription);
    f.description().ifPresent(v::setDetail);
    if (!f.fixedVersions().isEmpty()) {
      v.setRecommendation("Upgrade " + f.pkg().name() + " to version " + String.join(", ", f.fixedVersions()));
    }
    Vulnerability.Affect affect = new Vulnerability.Affect();
    affect.setRef(refs.ref(f.pkg()));
    Vulnerability.Version version = new Vulnerability.Version();
    version.setVersion(f.installedVersion());
    version.setStatus(Vulnerability.Version.Status.AFFECTED);
    affect.setVersions(List.of(version));
    v.setAffects(List.of(affect));
    return v;
  }

  private static Vulnerability.Rating.Severity severity(Severity s) {
    return Vulnerability.Rating.Severity.fromString(s.name().toLowerCase(Locale.ROOT));
  }

  private static Vulnerability.Source named(String name) {
    Vulnerability.Source s = new Vulnerability.Source();
    s.setName(name);
    return s;
  }

  /** Where an id is published, so consumers can resolve it. */
  private static Vulnerability.Source source(String id) {
    Vulnerability.Source s = new Vulnerability.Source();
    if (id.startsWith("CVE-")) {
      s.setName("NVD");
      s.setUrl("https://nvd.nist.gov/vuln/detail/" + id);
    } else if (id.startsWith("GHSA-")) {
      s.setName("GitHub");
      s.setUrl("https://github.com/advisories/" + id);
    } else if (id.startsWith("GO-")) {
      s.setName("Go Vulnerability Database");
      s.setUrl("https://pkg.go.dev/vuln/" + id);
    } else if (id.startsWith("RUSTSEC-")) {
      s.setName("RustSec");
      s.setUrl("https://rustsec.org/advisories/" + id);
    } else if (id.startsWith("DSA-") || id.startsWith("DLA-")) {
      s.setName("Debian");
      s.setUrl("https://security-tracker.debian.org/tracker/" + id);
    } else {
      s.setName("OSV");
      s.setUrl("https://osv.dev/vulnerability/" + id);
    }
    return s;
  }
}
