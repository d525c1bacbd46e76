package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagedListerTest {

  @Test
  void followsRelativeAndAbsoluteNextLinks() {
    try (FakeRegistry fake = FakeRegistry.start()) {
      fake.on("/v2/_catalog", FakeRegistry.Reply.of(200, Map.of("Link", "</v2/page2?last=a&n=1>; rel=\"next\""),
          "{\"repositories\":[\"a\"]}"));
      fake.on("/v2/page2", FakeRegistry.Reply.of(200, Map.of("Link", "<http://" + fake.host() + "/v2/page3>; rel=\"next\""),
          "{\"repositories\":[\"b\"]}"));
      fake.on("/v2/page3", FakeRegistry.Reply.of(200, Map.of(), "{\"repositories\":[\"c\"]}"));
      try (RegistryTransport transport = new RegistryTransport(fake.host(), fake.host(),
          RegistryTransportTest.options(0, Duration.ofSeconds(5)), Map.of())) {

        assertThat(new CatalogLister(transport, 1).list()).containsExactly("a", "b", "c");
      }
    }
  }
}
