package dev.moat.ecosystem.osrelease;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyValueFileTest {

  @Test
  void unquotesAndSkipsCommentsAndJunk() throws IOException {
    String text = "# comment\nID=debian\nNAME=\"Debian GNU/Linux\"\nX='single'\nESC=\"a \\\"b\\\" \\\\c\"\n"
        + "not a pair\n=novalue\nEMPTY=\n";
    Map<String, String> values = KeyValueFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of(
        "ID", "debian", "NAME", "Debian GNU/Linux", "X", "single", "ESC", "a \"b\" \\c", "EMPTY", ""));
  }

  @Test
  void readsNoMoreThanTheBound() throws IOException {
    byte[] big = ("A=" + "x".repeat(KeyValueFile.MAX_BYTES) + "\nB=after\n").getBytes(StandardCharsets.UTF_8);

    assertThat(KeyValueFile.read(new ByteArrayInputStream(big))).doesNotContainKey("B");
  }
}
