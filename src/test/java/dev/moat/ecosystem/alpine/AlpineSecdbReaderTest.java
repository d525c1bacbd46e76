package dev.moat.ecosystem.alpine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.vulndb.CollectingSink;
import dev.moat.vulndb.DistroStatus;
import dev.moat.vulndb.FeedEntry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AlpineSecdbReaderTest {
  private final AlpineSecdbReader reader = new AlpineSecdbReader();

  @Test
  void readsVulnListPerPackageJson() throws Exception {
    FeedEntry zlib = CollectingSink.entry("alpine/vulnlist/3.20/main/zlib.json");
    assertThat(reader.accepts(zlib)).isTrue();
    CollectingSink sink = new CollectingSink();
    reader.read(zlib, sink);
    assertThat(sink.advisories).extracting(a -> a.id()).containsExactlyInAnyOrder(
        "CVE-2023-45853", "CVE-2023-6992", "CVE-2018-25032", "CVE-2022-37434");
    assertThat(sink.only("CVE-2022-37434").affected().get(0).fixedVersions()).containsExactly("1.2.12-r2");
    assertThat(sink.only("CVE-2022-37434").affected().get(0).ecosystem()).isEqualTo("Alpine:v3.20");
    assertThat(sink.only("CVE-2023-6992").affected().get(0).status()).contains(DistroStatus.NOT_AFFECTED);
  }

  @Test
  void readsWholeBranchYaml() throws Exception {
    CollectingSink sink = new CollectingSink();
    reader.read(CollectingSink.entry("alpine/secdb/v3.8/main.yaml"), sink);
    assertThat(sink.only("CVE-2019-10206").affected().get(0).name()).isEqualTo("ansible");
    assertThat(sink.only("CVE-2019-10206").affected().get(0).fixedVersions()).containsExactly("2.6.19-r0");
    assertThat(sink.sources).allMatch(s -> s.name().equals("Alpine secdb"));
  }

  @Test
  void refusesAnUnknownBranch() {
    FeedEntry bad = new FeedEntry("x/main.json",
        "{\"distroversion\": \"bogus\", \"packages\": []}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(bad, new CollectingSink())).isInstanceOf(MoatException.class)
        .hasMessageContaining("x/main.json").hasMessageContaining("bogus");
  }
}
