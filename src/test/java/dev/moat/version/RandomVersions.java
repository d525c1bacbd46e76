package dev.moat.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded random version strings for the ordering-law tests of each scheme, so a failure names its
 * inputs and reruns identically.
 */
public final class RandomVersions {

  /** Fixed so every run checks the same cases; change it only on purpose. */
  public static final long SEED = 0x6d6f6174L;

  /** Cases per law and scheme. */
  public static final int CASES = 500;

  /** Draws one value from a random source. */
  @FunctionalInterface
  public interface Gen<T> {
    T next(Random random);

    default <R> Gen<R> map(Function<T, R> f) {
      return r -> f.apply(next(r));
    }
  }

  private RandomVersions() {}

  /** One of the given strings, equally likely (repeat an entry to weight it). */
  public static Gen<String> oneOf(String... choices) {
    List<String> all = List.of(choices);
    return r -> all.get(r.nextInt(all.size()));
  }

  /** A decimal integer in {@code [min, max]}. */
  public static Gen<String> intBetween(int min, int max) {
    return r -> String.valueOf(min + r.nextInt(max - min + 1));
  }

  /** A string of {@code minLength..maxLength} characters drawn from {@code alphabet}. */
  public static Gen<String> chars(String alphabet, int minLength, int maxLength) {
    return r -> {
      int n = minLength + r.nextInt(maxLength - minLength + 1);
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      return sb.toString();
    };
  }

  /** A list of {@code minSize..maxSize} elements. */
  public static <T> Gen<List<T>> listOf(Gen<T> element, int minSize, int maxSize) {
    return r -> {
      int n = minSize + r.nextInt(maxSize - minSize + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(element.next(r));
      }
      return List.copyOf(out);
    };
  }

  /** {@code minSize..maxSize} elements joined by {@code separator}. */
  public static Gen<String> joined(Gen<String> element, int minSize, int maxSize, String separator) {
    return listOf(element, minSize, maxSize).map(l -> String.join(separator, l));
  }

  /** The parts, each drawn independently, one after the other. */
  @SafeVarargs
  public static Gen<String> concat(Gen<String>... parts) {
    List<Gen<String>> all = List.of(parts);
    return r -> {
      StringBuilder sb = new StringBuilder();
      for (Gen<String> part : all) {
        sb.append(part.next(r));
      }
      return sb.toString();
    };
  }

  /** Runs {@code check} on {@link #CASES} pairs drawn from {@code gen}. */
  public static <T> void forPairs(Gen<T> gen, Pair<T> check) {
    forCases(r -> List.of(gen.next(r), gen.next(r)), l -> check.accept(l.get(0), l.get(1)));
  }

  /** Runs {@code check} on {@link #CASES} triples drawn from {@code gen}. */
  public static <T> void forTriples(Gen<T> gen, Triple<T> check) {
    forCases(
        r -> List.of(gen.next(r), gen.next(r), gen.next(r)),
        l -> check.accept(l.get(0), l.get(1), l.get(2)));
  }

  /** Reflexivity of each and antisymmetry of each pair, over {@link #CASES} pairs. */
  public static void checkAntisymmetric(Comparator<String> cmp, Gen<String> gen) {
    forPairs(
        gen,
        (a, b) -> {
          OrderingLaws.antisymmetric(cmp, a, b);
          OrderingLaws.reflexive(cmp, a);
          OrderingLaws.reflexive(cmp, b);
        });
  }

  /** Transitivity over {@link #CASES} triples. */
  public static void checkTransitive(Comparator<String> cmp, Gen<String> gen) {
    forTriples(gen, (a, b, c) -> OrderingLaws.transitive(cmp, a, b, c));
  }

  /** A check of two inputs. */
  @FunctionalInterface
  public interface Pair<T> {
    void accept(T a, T b);
  }

  /** A check of three inputs. */
  @FunctionalInterface
  public interface Triple<T> {
    void accept(T a, T b, T c);
  }

  /**
   * Any failure, an exception from the comparator included, is rethrown naming the case and its
   * inputs, since a bare exception would not say which generated strings caused it.
   */
  private static <T> void forCases(Gen<List<T>> draw, Consumer<List<T>> check) {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      List<T> inputs = draw.next(random);
      try {
        check.accept(inputs);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(
            "case " + i + " of " + CASES + " (seed " + SEED + ") failed for " + quoted(inputs)
                + ": " + e.getMessage(),
            e);
      }
    }
  }

  private static <T> String quoted(List<T> inputs) {
    return inputs.stream().map(v -> "\"" + v + "\"").toList().toString();
  }
}
