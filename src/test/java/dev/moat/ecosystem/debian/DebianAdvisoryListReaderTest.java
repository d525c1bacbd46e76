package dev.moat.ecosystem.debian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.CollectingSink;
import dev.moat.vulndb.DistroStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DebianAdvisoryListReaderTest {
  private final DebianAdvisoryListReader reader = new DebianAdvisoryListReader();

  @Test
  void readsDsaList() {
    CollectingSink sink = new CollectingSink();
    reader.read(CollectingSink.entry("debian/data/DSA/list"), sink);
    assertThat(sink.advisories).extracting(Advisory::id)
        .containsExactly("DSA-5380-1", "DSA-5379-1", "DSA-5378-1", "DSA-5377-1", "DSA-2275-1");
    Advisory xen = sink.only("DSA-5378-1");
    assertThat(xen.aliases()).containsExactly("CVE-2022-23824", "CVE-2022-42331", "CVE-2022-42332", "CVE-2022-42333", "CVE-2022-42334");
    assertThat(xen.published()).contains(Instant.parse("2023-03-25T00:00:00Z"));
    assertThat(xen.summary()).contains("xen - security update");
    Advisory oo = sink.only("DSA-2275-1");
    assertThat(oo.affected()).extracting(a -> a.ecosystem() + " " + a.status().orElseThrow())
        .containsExactly("Debian:6 FIXED", "Debian:5 NOT_AFFECTED");
    assertThat(sink.sources).allMatch(s -> s.name().equals("Debian Security Advisories"));
  }

  @Test
  void readsDlaListAsLts() {
    CollectingSink sink = new CollectingSink();
    reader.read(CollectingSink.entry("debian/data/DLA/list"), sink);
    assertThat(sink.only("DLA-3379-1").affected().get(0).fixedVersions()).containsExactly("3.20230214.1~deb10u1");
    assertThat(sink.only("DLA-3379-1").affected().get(0).status()).contains(DistroStatus.FIXED);
    assertThat(sink.sources).allMatch(s -> s.name().equals("Debian LTS Advisories"));
  }

  @Test
  void codenamesMapToOsvReleases() {
    assertThat(DebianReleases.ecosystem("bookworm")).contains("Debian:12");
    assertThat(DebianReleases.ecosystem("jessie")).contains("Debian:8");
    assertThat(DebianReleases.ecosystem("sid")).isEmpty();
  }
}
