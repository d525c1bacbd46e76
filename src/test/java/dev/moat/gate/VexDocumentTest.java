package dev.moat.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VexDocumentTest {

  @TempDir Path dir;

  @Test
  void readsTheEarlierStringFormToo() throws Exception {
    Path f = dir.resolve("v.json");
    Files.writeString(f, """
        {"@context":"https://openvex.dev/ns","statements":[
          {"vulnerability":"CVE-2023-1234","products":["pkg:npm/axios@0.21.1"],"status":"fixed"}]}
        """);
    var statements = VexDocument.read(f);
    assertThat(statements).singleElement().satisfies(s -> {
      assertThat(s.vulnerability()).isEqualTo("CVE-2023-1234");
      assertThat(s.products().get(0).id()).isEqualTo("pkg:npm/axios@0.21.1");
      assertThat(s.suppresses()).isTrue();
    });
  }

  @Test
  void malformedDocumentsAreRejectedWithTheFileName() throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"statements\": [ {\"status\": \"not_affected\"} ]}");
    assertThatThrownBy(() -> VexDocument.read(f)).hasMessageContaining("bad.json").hasMessageContaining("statement 1");
    Files.writeString(f, "{ not json");
    assertThatThrownBy(() -> VexDocument.read(f)).hasMessageContaining("not valid JSON");
  }
}
