package dev.moat.ecosystem.ubuntu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.CollectingSink;
import dev.moat.vulndb.DistroStatus;
import dev.moat.vulndb.FeedEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UbuntuCveTrackerReaderTest {
  private final UbuntuCveTrackerReader reader = new UbuntuCveTrackerReader();

  @Test
  void readsStatusesPerRelease() {
    FeedEntry file = CollectingSink.entry("ubuntu/retired/CVE-2016-2222");
    assertThat(reader.accepts(file)).isTrue();
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    Advisory a = sink.only("CVE-2016-2222");
    assertThat(a.published()).contains(Instant.parse("2016-05-22T01:59:00Z"));
    assertThat(a.affected()).extracting(f -> f.ecosystem() + " " + f.status().orElseThrow()).containsExactly(
        "Ubuntu:12.04 END_OF_LIFE", "Ubuntu:14.04 END_OF_LIFE", "Ubuntu:15.10 END_OF_LIFE", "Ubuntu:16.04 NOT_AFFECTED",
        "Ubuntu:16.10 END_OF_LIFE", "Ubuntu:17.04 END_OF_LIFE", "Ubuntu:17.10 END_OF_LIFE", "Ubuntu:18.04 NOT_AFFECTED",
        "Ubuntu:18.10 NOT_AFFECTED", "Ubuntu:19.04 NOT_AFFECTED");
    assertThat(a.details()).hasValueSatisfying(d -> assertThat(d).contains("wp_http_validate_url"));
  }

  @Test
  void readsPriorityAndCvss() {
    CollectingSink sink = new CollectingSink();
    reader.read(CollectingSink.entry("ubuntu/active/CVE-2020-9759"), sink);
    Advisory a = sink.only("CVE-2020-9759");
    assertThat(a.affected()).allSatisfy(f -> assertThat(f.severity()).contains("medium"));
    assertThat(a.affected()).filteredOn(f -> f.ecosystem().equals("Ubuntu:18.04")).singleElement()
        .satisfies(f -> assertThat(f.status()).contains(DistroStatus.UNFIXED));
    assertThat(a.references()).extracting(r -> r.url()).contains("https://weechat.org/doc/security/");
  }

  @Test
  void releaseNamesMapToOsvEcosystems() {
    assertThat(UbuntuReleases.ecosystem("focal")).contains("Ubuntu:20.04");
    assertThat(UbuntuReleases.ecosystem("trusty/esm")).contains("Ubuntu:Pro:14.04");
    assertThat(UbuntuReleases.ecosystem("upstream")).isEmpty();
    assertThat(UbuntuReleases.ecosystem("vivid/stable-phone-overlay")).isEmpty();
  }
}
