package dev.moat.vulndb.osv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.CollectingSink;
import dev.moat.vulndb.Ecosystems;
import dev.moat.vulndb.Event;
import dev.moat.vulndb.FeedEntry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OsvReaderTest {
  private final OsvReader reader = new OsvReader();

  private CollectingSink read(String file) throws Exception {
    FeedEntry entry = CollectingSink.entry(file);
    assertThat(reader.accepts(entry)).as(file).isTrue();
    CollectingSink sink = new CollectingSink();
    reader.read(entry, sink);
    return sink;
  }

  @Test
  void readsRustSecJson() throws Exception {
    Advisory a = read("rustsec/RUSTSEC-2023-0060.json").only("RUSTSEC-2023-0060");
    assertThat(a.aliases()).containsExactly("CVE-2023-4863", "CVE-2023-5129", "GHSA-j7hp-h8jx-5ppr");
    assertThat(a.affected().get(0).ranges().get(0).events()).containsExactly(
        new Event(Event.Kind.INTRODUCED, "0.0.0-0"), new Event(Event.Kind.FIXED, "0.1.8"));
    assertThat(a.source()).isEqualTo("RustSec Advisory Database");
  }

  @Test
  void readsPypaYaml() throws Exception {
    Advisory a = read("pypa/PYSEC-2019-26.yaml").only("PYSEC-2019-26");
    assertThat(a.affected().get(0).name()).isEqualTo("invenio-previewer");
    assertThat(a.affected().get(0).fixedVersions()).containsExactly("1.0.0a12");
  }

  @Test
  void readsGhsaWithSeveralRangesOfOnePackage() throws Exception {
    Advisory a = read("ghsa/GHSA-jfh8-c2jp-5v3q.json").only("GHSA-jfh8-c2jp-5v3q");
    assertThat(a.affected()).hasSize(3).allMatch(f -> f.name().equals("org.apache.logging.log4j:log4j-core"));
    assertThat(a.affected()).flatExtracting(f -> f.fixedVersions()).containsExactly("2.3.1", "2.12.2", "2.15.0");
  }

  @Test
  void readsUbuntuOsvNormalisingEcosystems() throws Exception {
    Advisory a = read("osv-fixtures/UBUNTU-CVE-2021-3782.json").only("UBUNTU-CVE-2021-3782");
    assertThat(a.affected()).extracting(f -> f.ecosystem()).contains("Ubuntu:Pro:16.04", "Ubuntu:18.04")
        .noneMatch(e -> e.endsWith(":LTS"));
    assertThat(a.severities()).anyMatch(s -> s.type().equals("Ubuntu") && s.score().equals("medium"));
  }

  @Test
  void malformedRecordNamesTheFileAndTheField() {
    FeedEntry bad = new FeedEntry("feeds/X-1.json",
        "{\"id\": \"X-1\", \"modified\": \"2024-01-01T00:00:00Z\", \"affected\": [{\"package\": {\"ecosystem\": \"npm\", \"name\": \"a\"}, \"ranges\": [{\"type\": \"WEIRD\", \"events\": []}]}]}"
            .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(bad, new CollectingSink())).isInstanceOf(MoatException.class)
        .hasMessageContaining("feeds/X-1.json").hasMessageContaining("WEIRD");
  }

  @Test
  void ecosystemNormalisation() {
    assertThat(Ecosystems.normalise("Ubuntu:Pro:18.04:LTS")).isEqualTo("Ubuntu:Pro:18.04");
    assertThat(Ecosystems.normalise("Debian:12")).isEqualTo("Debian:12");
    assertThat(Ecosystems.normaliseName("PyPI", "Foo_Bar.baz")).isEqualTo("foo-bar-baz");
    assertThat(Ecosystems.normaliseName("npm", "Foo_Bar")).isEqualTo("Foo_Bar");
  }
}
