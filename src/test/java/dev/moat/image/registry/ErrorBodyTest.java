package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

  @Test
  void summarisesDistributionErrors() {
    // docker-registry 2.8 body for a missing tag
    String body = "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\","
        + "\"detail\":{\"Tag\":\"missing\"}}]}\n";

    assertThat(ErrorBody.summarize(body.getBytes(StandardCharsets.UTF_8))).isEqualTo("MANIFEST_UNKNOWN: manifest unknown");
  }

  @Test
  void joinsSeveralErrorsAndKeepsPlainText() {
    String body = "{\"errors\":[{\"code\":\"A\",\"message\":\"one\"},{\"code\":\"B\"}]}";

    assertThat(ErrorBody.summarize(body.getBytes(StandardCharsets.UTF_8))).isEqualTo("A: one; B");
    assertThat(ErrorBody.summarize("upstream  timed\nout".getBytes(StandardCharsets.UTF_8))).isEqualTo("upstream timed out");
    assertThat(ErrorBody.summarize("<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
