package dev.moat.sbom;

import dev.moat.image.Descriptor;
import dev.moat.image.Image;
import dev.moat.image.ImageConfig;
import dev.moat.image.ImageReference;
import dev.moat.image.Layer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small inventory with one package of each kind, for the SBOM writer tests. */
final class SampleInventories {

  static final String BASE = "sha256:" + "a".repeat(64);
  static final String APP = "sha256:" + "b".repeat(64);

  private SampleInventories() {}

  static Inventory debianApp() {
    ImageConfig config = new ImageConfig("linux", "amd64", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of("/app"), List.of("PATH=/usr/bin"), List.of(), List.of("node"), Map.of(), List.of(BASE, APP));
    Image image = new Image("127.0.0.1:5000/app:1.0",
        Optional.of(new ImageReference("127.0.0.1:5000", "app", Optional.of("1.0"), Optional.empty())),
        Optional.of("sha256:" + "c".repeat(64)), Optional.empty(), "application/vnd.oci.image.manifest.v1+json",
        Descriptor.of("application/vnd.oci.image.config.v1+json", "sha256:" + "d".repeat(64), 100), config,
        List.of(new Layer(0, Descriptor.of("application/vnd.oci.image.layer.v1.tar+gzip", "sha256:" + "e".repeat(64), 1), BASE),
            new Layer(1, Descriptor.of("application/vnd.oci.image.layer.v1.tar+gzip", "sha256:" + "f".repeat(64), 1), APP)));
    OperatingSystem os = new OperatingSystem("debian", "12", Optional.of("bookworm"), Optional.empty(), false);
    List<Package> packages = List.of(
        Package.of("deb", "libc6", "2.36-9+deb12u4", "/var/lib/dpkg/status").withSource("glibc", "2.36-9+deb12u4")
            .withArch("amd64").inLayer(BASE),
        Package.of("deb", "libgmp10", "2:6.2.1+dfsg1-1.1", "/var/lib/dpkg/status").withSource("gmp", null)
            .withArch("amd64").inLayer(BASE),
        Package.of("npm", "axios", "0.21.1", "/app/package-lock.json").withLicenses(List.of("MIT"))
            .withDependsOn(List.of("follow-redirects@1.14.0")).inLayer(APP),
        Package.of("npm", "follow-redirects", "1.14.0", "/app/package-lock.json").withLicenses(List.of("MIT"))
            .inLayer(APP),
        Package.of("npm", "@babel/core", "7.0.0", "/app/node_modules/@babel/core/package.json").inLayer(APP),
        Package.of("maven", "org.apache.struts:struts2-core", "2.5.20",
            "/app/legacy.war!/WEB-INF/lib/struts2-core-2.5.20.jar")
            .withProperties(Map.of("sha1", "0123456789abcdef0123456789abcdef01234567")).inLayer(APP),
        Package.of("golang", "stdlib", "1.19.8", "/usr/local/bin/skopeo").inLayer(APP),
        Package.of("golang", "github.com/containers/image/v5", "v5.24.2", "/usr/local/bin/skopeo").inLayer(APP),
        Package.of("pypi", "Jinja2", "3.1.2", "/usr/lib/python3/dist-packages/Jinja2-3.1.2.dist-info/METADATA")
            .withLicenses(List.of("BSD 3-Clause License")).inLayer(APP));
    return new Inventory(image, Optional.of(os), packages);
  }
}
