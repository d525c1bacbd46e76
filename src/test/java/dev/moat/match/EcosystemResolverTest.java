package dev.moat.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.OperatingSystem;
import dev.moat.sbom.Package;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EcosystemResolverTest {

  private static Optional<OperatingSystem> os(String family, String version) {
    return Optional.of(new OperatingSystem(family, version, Optional.empty(), Optional.empty(), false));
  }

  @Test
  void osPackagesResolveToTheirReleaseAndSourcePackage() {
    Package libc = Package.of("deb", "libc6", "2.36-9+deb12u4", "/var/lib/dpkg/status").withSource("glibc", "2.36-9+deb12u4");
    assertThat(EcosystemResolver.resolve(libc, os("debian", "12"))).contains(new PackageQuery("Debian:12", "glibc", "2.36-9+deb12u4"));
    assertThat(EcosystemResolver.resolve(libc, os("ubuntu", "22.04"))).contains(new PackageQuery("Ubuntu:22.04", "glibc", "2.36-9+deb12u4"));
    Package busybox = Package.of("apk", "ssl_client", "1.36.1-r29", "/lib/apk/db/installed").withSource("busybox", null);
    assertThat(EcosystemResolver.resolve(busybox, os("alpine", "3.20.3"))).contains(new PackageQuery("Alpine:v3.20", "busybox", "1.36.1-r29"));
    Package openssl = Package.of("rpm", "openssl-libs", "1:3.0.7-27.el9", "/var/lib/rpm/rpmdb.sqlite").withSource("openssl", "1:3.0.7-27.el9");
    assertThat(EcosystemResolver.resolve(openssl, os("rocky", "9.3"))).contains(new PackageQuery("Rocky Linux:9", "openssl", "1:3.0.7-27.el9"));
  }

  @Test
  void languagePackagesResolveToTheirOsvEcosystemAndGoVersionsLoseTheirPrefix() {
    assertThat(EcosystemResolver.resolve(Package.of("golang", "stdlib", "go1.19.8", "/b"), Optional.empty()))
        .contains(new PackageQuery("Go", "stdlib", "1.19.8"));
    assertThat(EcosystemResolver.resolve(Package.of("golang", "golang.org/x/net", "v0.7.0", "/b"), Optional.empty()))
        .contains(new PackageQuery("Go", "golang.org/x/net", "0.7.0"));
    assertThat(EcosystemResolver.resolve(Package.of("golang", "example.com/cmd", "", "/b"), Optional.empty())).isEmpty();
    assertThat(EcosystemResolver.resolve(Package.of("cargo", "regex", "1.5.4", "/Cargo.lock"), Optional.empty()))
        .contains(new PackageQuery("crates.io", "regex", "1.5.4"));
    assertThat(EcosystemResolver.resolve(Package.of("composer", "symfony/http-kernel", "5.4.20", "/composer.lock"),
        Optional.empty())).contains(new PackageQuery("Packagist", "symfony/http-kernel", "5.4.20"));
  }
}
