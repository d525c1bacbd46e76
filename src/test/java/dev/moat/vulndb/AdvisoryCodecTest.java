package dev.moat.vulndb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.vulndb.osv.OsvReader;
import org.junit.jupiter.api.Test;

class AdvisoryCodecTest {

  @Test
  void roundTripsARealAdvisory() throws Exception {
    CollectingSink sink = new CollectingSink();
    new OsvReader().read(CollectingSink.entry("osv-fixtures/UBUNTU-CVE-2021-3782.json"), sink);
    Advisory original = sink.only("UBUNTU-CVE-2021-3782");
    Affected first = original.affected().get(0);
    Advisory back = AdvisoryCodec.read(AdvisoryCodec.header(original),
        AdvisoryCodec.affected(java.util.List.of(first)), first.ecosystem(), first.name());
    assertThat(back).isEqualTo(original.withAffected(java.util.List.of(first)));
  }

  @Test
  void truncatesLongDetails() {
    Advisory a = new Advisory("X-1", null, null, null, java.util.Optional.of("x".repeat(5000)), null, null, null,
        null, null, null, null, "test");
    assertThat(a.details().orElseThrow()).hasSize(Advisory.DETAILS_LIMIT + 1).endsWith("…");
    assertThat(a.aliases()).isEmpty();
  }
}
