package dev.moat.secret;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * An Aho-Corasick automaton over bytes that finds many keywords in one pass, ASCII
 * case-insensitively (keywords are UTF-8, lower case). Each keyword carries the indices of the
 * rules it gates. Bytes that occur in no keyword share one input class, which keeps the transition
 * table small enough for the cache. Immutable; the scanning state is an int owned by the caller.
 */
final class KeywordAutomaton {

  private final byte[] classOf = new byte[256];
  private final int classCount;
  /**
   * Transitions, pre-multiplied: {@code next[state * classCount + class]} is the next state times
   * classCount, negated (sign bit set) when keywords end in that state, so the hot loop tests a sign.
   */
  private final int[] next;
  /** Rule indices of every keyword ending in a state (including suffix keywords), or null. */
  private final int[][] output;

  /** @param rulesByKeyword lower-case keyword to the rule indices it gates */
  KeywordAutomaton(Map<String, ? extends Collection<Integer>> rulesByKeyword) {
    List<byte[]> keywords = new ArrayList<>();
    List<int[]> rules = new ArrayList<>();
    rulesByKeyword.forEach((keyword, ruleIndices) -> {
      byte[] bytes = keyword.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
      if (bytes.length > 0) {
        keywords.add(bytes);
        rules.add(ruleIndices.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
      }
    });
    classCount = assignClasses(keywords);

    // trie
    List<int[]> gotos = new ArrayList<>();
    List<TreeSet<Integer>> outs = new ArrayList<>();
    gotos.add(filled(classCount, -1));
    outs.add(new TreeSet<>());
    for (int k = 0; k < keywords.size(); k++) {
      int state = 0;
      for (byte b : keywords.get(k)) {
        int c = classOf[b & 0xff];
        if (gotos.get(state)[c] < 0) {
          gotos.get(state)[c] = gotos.size();
          gotos.add(filled(classCount, -1));
          outs.add(new TreeSet<>());
        }
        state = gotos.get(state)[c];
      }
      for (int r : rules.get(k)) {
        outs.get(state).add(r);
      }
    }

    // failure links, folded into a full DFA (breadth first)
    int states = gotos.size();
    int[] fail = new int[states];
    next = new int[states * classCount];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < classCount; c++) {
      int child = gotos.get(0)[c];
      next[c] = (child < 0 ? 0 : child) * classCount;
      if (child > 0) {
        fail[child] = 0;
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      outs.get(state).addAll(outs.get(fail[state]));
      for (int c = 0; c < classCount; c++) {
        int child = gotos.get(state)[c];
        if (child < 0) {
          next[state * classCount + c] = next[fail[state] * classCount + c];
        } else {
          fail[child] = next[fail[state] * classCount + c] / classCount;
          next[state * classCount + c] = child * classCount;
          queue.add(child);
        }
      }
    }
    output = new int[states][];
    for (int s = 0; s < states; s++) {
      if (!outs.get(s).isEmpty()) {
        output[s] = outs.get(s).stream().mapToInt(Integer::intValue).toArray();
      }
    }
    for (int i = 0; i < next.length; i++) {
      if (output[next[i] / classCount] != null) {
        next[i] |= Integer.MIN_VALUE;
      }
    }
  }

  private int assignClasses(List<byte[]> keywords) {
    Map<Integer, Integer> classes = new HashMap<>();
    for (byte[] keyword : keywords) {
      for (byte b : keyword) {
        classes.putIfAbsent(b & 0xff, classes.size() + 1);
      }
    }
    if (classes.size() > 126) {
      throw new IllegalArgumentException("keywords use too many distinct bytes: " + classes.size());
    }
    classes.forEach((b, c) -> {
      classOf[b] = (byte) (int) c;
      if (b >= 'a' && b <= 'z') {
        classOf[b - 'a' + 'A'] = (byte) (int) c;
      }
    });
    return classes.size() + 1;
  }

  private static int[] filled(int size, int value) {
    int[] array = new int[size];
    Arrays.fill(array, value);
    return array;
  }

  /** The state before any byte. */
  static int start() {
    return 0;
  }

  /**
   * Feeds {@code buf[from, to)} starting in {@code state}; every keyword that ends at index {@code
   * i} is reported to {@code hits} with {@code i}. Returns the state after the last byte.
   */
  int feed(byte[] buf, int from, int to, int state, HitSink hits) {
    final int[] next = this.next;
    final byte[] classOf = this.classOf;
    final int[][] output = this.output;
    final int classCount = this.classCount;
    int s = state;
    for (int i = from; i < to; i++) {
      s = next[s + classOf[buf[i] & 0xff]];
      if (s < 0) {
        s &= Integer.MAX_VALUE;
        hits.hit(i, output[s / classCount]);
      }
    }
    return s;
  }

  /** Receives keyword hits. */
  interface HitSink {
    /** A keyword ended at buffer index {@code end}; {@code rules} must not be modified. */
    void hit(int end, int[] rules);
  }
}
