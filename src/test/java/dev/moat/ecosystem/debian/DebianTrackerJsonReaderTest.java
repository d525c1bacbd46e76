package dev.moat.ecosystem.debian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.vulndb.CollectingSink;
import dev.moat.vulndb.DistroStatus;
import dev.moat.vulndb.FeedEntry;
import org.junit.jupiter.api.Test;

class DebianTrackerJsonReaderTest {
  private final DebianTrackerJsonReader reader = new DebianTrackerJsonReader();

  @Test
  void readsPackagesCvesAndReleases() throws Exception {
    FeedEntry json = CollectingSink.entry("debian/tracker/debian.json");
    assertThat(reader.accepts(json)).isTrue();
    CollectingSink sink = new CollectingSink();
    reader.read(json, sink);
    var prototype = sink.advisories.stream().filter(a -> a.id().equals("CVE-2008-7220")).findFirst().orElseThrow();
    assertThat(prototype.affected()).extracting(a -> a.ecosystem()).containsExactlyInAnyOrder("Debian:9", "Debian:8", "Debian:10");
    assertThat(prototype.affected()).allSatisfy(a -> {
      assertThat(a.status()).contains(DistroStatus.FIXED);
      assertThat(a.severity()).contains("high");
    });
    assertThat(prototype.details()).hasValueSatisfying(d -> assertThat(d).startsWith("Unspecified vulnerability"));
    assertThat(sink.advisories).flatExtracting(a -> a.affected()).extracting(a -> a.status().orElseThrow())
        .contains(DistroStatus.UNFIXED);
  }

  @Test
  void doesNotTakeOsvRecords() {
    assertThat(reader.accepts(CollectingSink.entry("elts/ELA-652-1.json"))).isFalse();
  }
}
