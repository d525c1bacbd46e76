package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  @Test
  void readsDistributionNextLink() {
    // As docker-registry 2.8 sends it for GET /v2/app/tags/list?n=1.
    assertThat(LinkHeader.next("</v2/app/tags/list?last=v1&n=1>; rel=\"next\""))
        .contains("/v2/app/tags/list?last=v1&n=1");
  }

  @Test
  void picksNextAmongSeveralLinks() {
    assertThat(LinkHeader.next("<https://r/a?p=1>; rel=\"prev\", <https://r/a?p=3>; rel=next"))
        .contains("https://r/a?p=3");
  }

  @Test
  void noNextRelationIsEmpty() {
    assertThat(LinkHeader.next("<https://r/a>; rel=\"prev\"")).isEmpty();
  }
}
