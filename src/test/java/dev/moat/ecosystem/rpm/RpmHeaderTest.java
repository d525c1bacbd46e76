package dev.moat.ecosystem.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.Package;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RpmHeaderTest {

  @Test
  void splitsSourceRpmNamesThatContainDashes() {
    assertThat(RpmHeader.splitSourceRpm("util-linux-2.32.1-42.el8_8.src.rpm"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("util-linux", "2.32.1", "42.el8_8"));
    assertThat(RpmHeader.splitSourceRpm("gcc12-12.2.1+git416-150000.1.5.1.src.rpm"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("gcc12", "12.2.1+git416", "150000.1.5.1"));
    assertThat(RpmHeader.splitSourceRpm("kernel-5.14.0-1.nosrc.rpm"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("kernel", "5.14.0", "1"));
    assertThat(RpmHeader.splitSourceRpm("(none)")).isEmpty();
    assertThat(RpmHeader.splitSourceRpm("noversion.src.rpm")).isEmpty();
  }

  @Test
  void packageHasEvrSourceArchAndLicense() {
    var header = new RpmHeader("ca-certificates-base", Optional.of(1), "2.0.0", "1.cm2", "noarch",
        "ca-certificates-2.0.0-1.cm2.src.rpm", "MPLv2.0", List.of("/etc/pki"));

    Package pkg = header.toPackage("/var/lib/rpm/rpmdb.sqlite");

    assertThat(pkg.type()).isEqualTo("rpm");
    assertThat(pkg.version()).isEqualTo("1:2.0.0-1.cm2");
    assertThat(pkg.sourceName()).contains("ca-certificates");
    assertThat(pkg.sourceVersion()).contains("1:2.0.0-1.cm2");
    assertThat(pkg.arch()).contains("noarch");
    assertThat(pkg.licenses()).containsExactly("MPLv2.0");
    assertThat(pkg.path()).isEqualTo("/var/lib/rpm/rpmdb.sqlite");
  }

  @Test
  void packageWithoutSourceRpmHasNoSource() {
    var header = new RpmHeader("gpg-pubkey", Optional.empty(), "fd431d51", "4ae0493b", "", "", "pubkey", List.of());

    Package pkg = header.toPackage("/var/lib/rpm/Packages");

    assertThat(pkg.version()).isEqualTo("fd431d51-4ae0493b");
    assertThat(pkg.sourceName()).isEmpty();
    assertThat(pkg.arch()).isEmpty();
  }
}
