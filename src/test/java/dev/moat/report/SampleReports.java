package dev.moat.report;

import dev.moat.analyze.LayerSecret;
import dev.moat.gate.Suppression;
import dev.moat.image.Descriptor;
import dev.moat.image.Image;
import dev.moat.image.ImageConfig;
import dev.moat.image.Layer;
import dev.moat.match.Finding;
import dev.moat.match.FixStatus;
import dev.moat.match.Severity;
import dev.moat.sbom.Inventory;
import dev.moat.sbom.OperatingSystem;
import dev.moat.sbom.Package;
import dev.moat.secret.SecretFinding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small scan result with an OS finding, language findings, a suppressed finding and a secret. */
final class SampleReports {

  static final String BASE = "sha256:" + "1".repeat(64);
  static final String APP = "sha256:" + "2".repeat(64);

  private SampleReports() {}

  static ScanReport sample() {
    ImageConfig config = new ImageConfig("linux", "amd64", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of(), Map.of(), List.of(BASE, APP));
    Image image = new Image("oci-archive:app.oci.tar", Optional.empty(), Optional.of("sha256:" + "3".repeat(64)),
        Optional.empty(), "application/vnd.oci.image.manifest.v1+json",
        Descriptor.of("application/vnd.oci.image.config.v1+json", "sha256:" + "4".repeat(64), 1), config,
        List.of(new Layer(0, Descriptor.of("application/vnd.oci.image.layer.v1.tar+gzip", "sha256:" + "5".repeat(64), 1), BASE),
            new Layer(1, Descriptor.of("application/vnd.oci.image.layer.v1.tar+gzip", "sha256:" + "6".repeat(64), 1), APP)));
    Package glibc = Package.of("deb", "libc6", "2.36-9+deb12u4", "/var/lib/dpkg/status").withSource("glibc", "2.36-9+deb12u4")
        .withArch("amd64").inLayer(BASE);
    Package log4j = Package.of("maven", "org.apache.logging.log4j:log4j-core", "2.14.1", "/app/lib/log4j-core-2.14.1.jar")
        .inLayer(APP);
    Package axios = Package.of("npm", "axios", "0.21.1", "/app/node_modules/axios/package.json").inLayer(APP);
    Inventory inventory = new Inventory(image,
        Optional.of(new OperatingSystem("debian", "12", Optional.of("bookworm"), Optional.empty(), false)),
        List.of(glibc, log4j, axios));
    Finding glibcFinding = new Finding("CVE-2023-4911", List.of("DSA-5514-1"), glibc, "2.36-9+deb12u4",
        List.of("2.36-9+deb12u3"), FixStatus.FIXED, Severity.HIGH, "debian",
        List.of(new Finding.CvssScore("3.1", "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", Optional.of(7.8), "nvd")),
        Optional.of("buffer overflow in ld.so (Looney Tunables)"), Optional.empty(),
        List.of("https://security-tracker.debian.org/tracker/CVE-2023-4911"), true, "debian-tracker");
    Finding log4shell = new Finding("CVE-2021-44228", List.of("GHSA-jfh8-c2jp-5v3q"), log4j, "2.14.1",
        List.of("2.15.0"), FixStatus.FIXED, Severity.CRITICAL, "ghsa",
        List.of(new Finding.CvssScore("3.1", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", Optional.of(10.0), "ghsa")),
        Optional.of("Remote code injection in Log4j"), Optional.of("JNDI lookups in log messages"),
        List.of("https://nvd.nist.gov/vuln/detail/CVE-2021-44228"), true, "osv:Maven");
    Finding axiosFinding = new Finding("CVE-2021-3749", List.of("GHSA-cph5-m8f7-6c5x"), axios, "0.21.1",
        List.of("0.21.2"), FixStatus.FIXED, Severity.HIGH, "ghsa", List.of(), Optional.of("ReDoS in axios"),
        Optional.empty(), List.of(), false, "osv:npm");
    SecretFinding secret = new SecretFinding("aws-access-key-id", "AWS", dev.moat.secret.Severity.CRITICAL,
        "AWS Access Key ID", "/app/config/.env", 2, 2, "AWS_ACCESS_KEY_ID=********************", "********************");
    return new ScanReport(inventory, List.of(glibcFinding, log4shell),
        List.of(new Suppression(axiosFinding, "VEX not_affected")), List.of(new LayerSecret(secret, APP, false)), "test");
  }
}
