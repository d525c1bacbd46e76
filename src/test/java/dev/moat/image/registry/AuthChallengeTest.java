package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthChallengeTest {

  @Test
  void parsesDockerHubBearerChallenge() {
    AuthChallenge challenge = AuthChallenge.parse("Bearer realm=\"https://auth.docker.io/token\","
        + "service=\"registry.docker.io\",scope=\"repository:library/alpine:pull\"").orElseThrow();

    assertThat(challenge.isBearer()).isTrue();
    assertThat(challenge.parameters()).isEqualTo(Map.of("realm", "https://auth.docker.io/token",
        "service", "registry.docker.io", "scope", "repository:library/alpine:pull"));
  }

  @Test
  void parsesBasicChallengeAndUnquotedValues() {
    AuthChallenge challenge = AuthChallenge.parse("Basic realm=moat-test, charset=\"UTF-8\"").orElseThrow();

    assertThat(challenge.isBasic()).isTrue();
    assertThat(challenge.parameter("realm")).contains("moat-test");
    assertThat(challenge.parameter("charset")).contains("UTF-8");
  }

  @Test
  void keepsCommasAndSpacesInsideQuotes() {
    AuthChallenge challenge = AuthChallenge.parse(
        "Bearer realm=\"http://t/token\",scope=\"repository:a:pull,push repository:b:pull\"").orElseThrow();

    assertThat(challenge.parameter("scope")).contains("repository:a:pull,push repository:b:pull");
  }

  @Test
  void emptyHeaderIsNoChallenge() {
    assertThat(AuthChallenge.parse("  ")).isEmpty();
  }
}
