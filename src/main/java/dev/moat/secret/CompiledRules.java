package dev.moat.secret;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The rules of one scanner with their keyword automaton, built once and shared by all file scans. */
final class CompiledRules {

  private final SecretRule[] rules;
  private final List<AllowRule> allowRules;
  private final KeywordAutomaton automaton;
  private final int[] lineRules;
  /** Rules with a path condition or allow rules of their own; the others apply to every file. */
  private final int[] pathDependent;
  /** Distinct UTF-8 lengths of each rule's keywords, longest first. */
  private final int[][] keywordLengths;

  CompiledRules(List<SecretRule> rules, List<AllowRule> allowRules) {
    this.rules = rules.toArray(SecretRule[]::new);
    this.allowRules = allowRules.stream().filter(a -> a.regex().isPresent()).toList();
    Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
    List<Integer> withoutKeywords = new ArrayList<>();
    for (int i = 0; i < this.rules.length; i++) {
      if (this.rules[i].keywords().isEmpty()) {
        withoutKeywords.add(i);
      }
      for (String keyword : this.rules[i].keywords()) {
        byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(i);
      }
    }
    this.automaton = new KeywordAutomaton(byKeyword);
    this.lineRules = withoutKeywords.stream().mapToInt(Integer::intValue).toArray();
    this.keywordLengths = Arrays.stream(this.rules)
        .map(r -> r.keywords().stream().mapToInt(k -> k.getBytes(StandardCharsets.UTF_8).length)
            .boxed().sorted(Comparator.reverseOrder()).distinct().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    this.pathDependent = IntStream.range(0, this.rules.length)
        .filter(i -> this.rules[i].path().isPresent() || !this.rules[i].allowRules().isEmpty())
        .toArray();
  }

  /** Which rules look at the file at {@code path}, by index; empty when none does. */
  boolean[] activeFor(String path) {
    boolean[] active = new boolean[rules.length];
    Arrays.fill(active, true);
    for (int i : pathDependent) {
      active[i] = rules[i].appliesTo(path);
    }
    for (boolean a : active) {
      if (a) {
        return active;
      }
    }
    return new boolean[0];
  }

  int size() {
    return rules.length;
  }

  SecretRule rule(int index) {
    return rules[index];
  }

  /** Distinct byte lengths of the keywords of rule {@code index}, longest first. */
  int[] keywordLengths(int index) {
    return keywordLengths[index];
  }

  KeywordAutomaton automaton() {
    return automaton;
  }

  boolean hasLineRules() {
    return lineRules.length > 0;
  }

  /** Rules without keywords, tried on every line. */
  int[] lineRules() {
    return lineRules;
  }

  /** Whether a global allow rule covers this match text. */
  boolean allowsMatch(CharSequence match) {
    for (AllowRule rule : allowRules) {
      if (rule.allowsMatch(match)) {
        return true;
      }
    }
    return false;
  }
}
