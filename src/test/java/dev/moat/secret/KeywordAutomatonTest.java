package dev.moat.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

  private final KeywordAutomaton automaton = new KeywordAutomaton(Map.of(
      "akia", Set.of(0), "key", Set.of(1), "secret_key", Set.of(2), "he", Set.of(3), "she", Set.of(4), "hers", Set.of(5)));

  private List<String> hits(String text, int split) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<String> hits = new ArrayList<>();
    KeywordAutomaton.HitSink sink = (end, rules) -> {
      for (int r : rules) {
        hits.add(end + ":" + r);
      }
    };
    int state = automaton.feed(bytes, 0, split, KeywordAutomaton.start(), sink);
    automaton.feed(bytes, split, bytes.length, state, sink);
    return hits;
  }

  @Test
  void findsOverlappingAndSuffixKeywords() {
    assertThat(hits("ushers", 6)).containsExactlyInAnyOrder("3:4", "3:3", "5:5");
    assertThat(hits("aws_secret_key=x", 16)).containsExactlyInAnyOrder("13:1", "13:2");
  }

  @Test
  void matchesAsciiCaseInsensitively() {
    assertThat(hits("AWS_ACCESS_KEY_ID=AKIA", 22)).containsExactlyInAnyOrder("13:1", "21:0");
  }

  @Test
  void keepsStateAcrossFeeds() {
    assertThat(hits("xxAKIAxx", 4)).containsExactly("5:0");
  }

  /** Property: on random text, the automaton finds the keyword where indexOf does, wherever the input is split. */
  @Test
  void findsWhatIndexOfFinds() {
    java.util.Random random = new java.util.Random(20261201L);
    String alphabet = "abcdefghijklmnopqrstuvwxyz_ ";
    for (int run = 0; run < 300; run++) {
      StringBuilder noise = new StringBuilder();
      int length = random.nextInt(61);
      for (int i = 0; i < length; i++) {
        noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = noise + " secret_key ";
      int cut = Math.min(random.nextInt(61), text.length());
      int expectedEnd = text.indexOf("secret_key") + "secret_key".length() - 1;

      assertThat(hits(text, cut)).as("text '%s' split at %d", text, cut).contains(expectedEnd + ":2");
    }
  }
}
