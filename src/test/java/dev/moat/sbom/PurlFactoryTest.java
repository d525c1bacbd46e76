package dev.moat.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurlFactoryTest {

  private final Inventory inventory = SampleInventories.debianApp();

  private String purlOf(String name) {
    Package p = inventory.packages().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    return PurlFactory.purl(p, inventory.os());
  }

  @Test
  void purlsFollowThePurlSpecPerType() {
    assertThat(purlOf("libc6")).isEqualTo("pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12");
    assertThat(purlOf("libgmp10")).isEqualTo("pkg:deb/debian/libgmp10@6.2.1%2Bdfsg1-1.1?arch=amd64&distro=debian-12&epoch=2");
    assertThat(purlOf("axios")).isEqualTo("pkg:npm/axios@0.21.1");
    assertThat(purlOf("@babel/core")).isEqualTo("pkg:npm/%40babel/core@7.0.0");
    assertThat(purlOf("org.apache.struts:struts2-core")).isEqualTo("pkg:maven/org.apache.struts/struts2-core@2.5.20");
    assertThat(purlOf("stdlib")).isEqualTo("pkg:golang/stdlib@1.19.8");
    assertThat(purlOf("github.com/containers/image/v5")).isEqualTo("pkg:golang/github.com/containers/image/v5@v5.24.2");
    assertThat(purlOf("Jinja2")).isEqualTo("pkg:pypi/jinja2@3.1.2");
  }

  @Test
  void rpmEpochBecomesAQualifier() {
    OperatingSystem rhel = new OperatingSystem("rhel", "8.9", Optional.empty(), Optional.empty(), false);
    Package openssl = Package.of("rpm", "openssl-libs", "1:1.1.1k-9.el8_7", "/var/lib/rpm/rpmdb.sqlite").withArch("x86_64");
    assertThat(PurlFactory.purl(openssl, Optional.of(rhel)))
        .isEqualTo("pkg:rpm/rhel/openssl-libs@1.1.1k-9.el8_7?arch=x86_64&distro=rhel-8.9&epoch=1");
  }

  @Test
  void duplicatePurlsGetDistinctBomRefs() {
    Package a = Package.of("npm", "ms", "2.1.2", "/app/node_modules/ms/package.json");
    Package b = Package.of("npm", "ms", "2.1.2", "/app/node_modules/debug/node_modules/ms/package.json");
    BomRefs refs = new BomRefs(List.of(a, b), Optional.empty());
    assertThat(refs.ref(a)).isNotEqualTo(refs.ref(b)).startsWith("pkg:npm/ms@2.1.2");
  }
}
