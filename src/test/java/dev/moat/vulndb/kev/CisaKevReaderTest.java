package dev.moat.vulndb.kev;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.vulndb.CollectingSink;
import dev.moat.vulndb.FeedEntry;
import dev.moat.vulndb.KnownExploited;
import org.junit.jupiter.api.Test;

class CisaKevReaderTest {
  private final CisaKevReader reader = new CisaKevReader();

  @Test
  void readsTheCatalogue() throws Exception {
    FeedEntry kev = CollectingSink.entry("kev/known_exploited_vulnerabilities.json");
    assertThat(reader.accepts(kev)).isTrue();
    CollectingSink sink = new CollectingSink();
    reader.read(kev, sink);
    assertThat(sink.known).extracting(KnownExploited::cve)
        .containsExactlyInAnyOrder("CVE-2021-44228", "CVE-2023-4863", "CVE-2020-0601");
    assertThat(sink.known).filteredOn(k -> k.cve().equals("CVE-2021-44228")).singleElement()
        .satisfies(k -> assertThat(k.dateAdded()).contains("2021-12-10"));
    assertThat(sink.sources).allMatch(s -> s.license().equals("CC0-1.0"));
  }
}
