package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagListerTest {

  @Test
  void requestsPagesOfTheGivenSizeAndFollowsLinks() {
    try (FakeRegistry fake = FakeRegistry.start()
        .on("/v2/team/app/tags/list", FakeRegistry.Reply.of(200,
            Map.of("Link", "</v2/team/app/tags/list?last=a&n=2>; rel=\"next\""), "{\"tags\":[\"1\",\"a\"]}"),
            FakeRegistry.Reply.of(200, Map.of(), "{\"tags\":[\"b\"]}"));
        RegistryTransport transport = new RegistryTransport(fake.host(), fake.host(),
            RegistryTransportTest.options(0, Duration.ofSeconds(5)), Map.of())) {

      assertThat(new TagLister(transport, "team/app", 2).list()).containsExactly("1", "a", "b");
      assertThat(fake.log()).containsExactly("GET /v2/team/app/tags/list?n=2",
          "GET /v2/team/app/tags/list?last=a&n=2");
    }
  }
}
