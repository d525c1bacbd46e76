package dev.moat.ecosystem.pypi;

import dev.moat.version.DigitRuns;
import java.util.List;
import java.util.Optional;

/**
 * A parsed PEP 440 version. Numbers are digit strings without leading zeros, so arbitrarily long
 * components compare correctly.
 *
 * @param preLabel {@code a}, {@code b} or {@code rc} when a pre-release
 * @param local lower-case local segments after {@code +}, or empty when there is no local part
 */
public record Pep440Version(
    String epoch,
    List<String> release,
    Optional<String> preLabel,
    String preNumber,
    Optional<String> post,
    Optional<String> dev,
    Optional<List<String>> local)
    implements Comparable<Pep440Version> {

  public Pep440Version {
    release = List.copyOf(release);
    local = local.map(List::copyOf);
  }

  public boolean isPrerelease() {
    return preLabel.isPresent() || dev.isPresent();
  }

  public boolean isPostrelease() {
    return post.isPresent();
  }

  /** The version without its local part. */
  public Pep440Version publicVersion() {
    return new Pep440Version(epoch, release, preLabel, preNumber, post, dev, Optional.empty());
  }

  /** Epoch and release only, as packaging's {@code base_version}. */
  public Pep440Version baseVersion() {
    return new Pep440Version(
        epoch, release, Optional.empty(), "0", Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The normalized form, as {@code str(packaging.version.Version(...))}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (!epoch.equals("0")) {
      sb.append(epoch).append('!');
    }
    sb.append(String.join(".", release));
    preLabel.ifPresent(l -> sb.append(l).append(preNumber));
    post.ifPresent(p -> sb.append(".post").append(p));
    dev.ifPresent(d -> sb.append(".dev").append(d));
    local.ifPresent(l -> sb.append('+').append(String.join(".", l)));
    return sb.toString();
  }

  /** packaging's {@code _cmpkey} order: epoch, release, pre, post, dev, local. */
  @Override
  public int compareTo(Pep440Version o) {
    int c = DigitRuns.compare(epoch, o.epoch);
    if (c == 0) {
      c = compareRelease(o);
    }
    if (c == 0) {
      c = comparePre(o);
    }
    if (c == 0) {
      c = compareOptional(post, o.post, -1);
    }
    if (c == 0) {
      c = compareOptional(dev, o.dev, 1);
    }
    if (c == 0) {
      c = compareLocal(o);
    }
    return c;
  }

  private int compareRelease(Pep440Version o) {
    int n = Math.max(release.size(), o.release.size());
    for (int i = 0; i < n; i++) {
      String a = i < release.size() ? release.get(i) : "0";
      String b = i < o.release.size() ? o.release.get(i) : "0";
      int c = DigitRuns.compare(a, b);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** A bare dev release sorts before any pre-release; no pre-release sorts after all of them. */
  private int preRank() {
    if (preLabel.isEmpty()) {
      return post.isEmpty() && dev.isPresent() ? -1 : 3;
    }
    return switch (preLabel.get()) {
      case "a" -> 0;
      case "b" -> 1;
      default -> 2;
    };
  }

  private int comparePre(Pep440Version o) {
    int a = preRank();
    int b = o.preRank();
    if (a != b) {
      return Integer.compare(a, b);
    }
    return a >= 0 && a <= 2 ? DigitRuns.compare(preNumber, o.preNumber) : 0;
  }

  /** Compares optional numbers; {@code absent} is the sign an absent value has against a present one. */
  private static int compareOptional(Optional<String> a, Optional<String> b, int absent) {
    if (a.isPresent() && b.isPresent()) {
      return DigitRuns.compare(a.get(), b.get());
    }
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    return a.isEmpty() ? absent : -absent;
  }

  /** Numeric local segments sort after alphanumeric ones; a longer local wins a tie. */
  private int compareLocal(Pep440Version o) {
    if (local.isEmpty() || o.local.isEmpty()) {
      return Boolean.compare(local.isPresent(), o.local.isPresent());
    }
    List<String> a = local.get();
    List<String> b = o.local.get();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      boolean an = isNumber(a.get(i));
      boolean bn = isNumber(b.get(i));
      int c;
      if (an && bn) {
        c = DigitRuns.compare(a.get(i), b.get(i));
      } else if (an != bn) {
        c = an ? 1 : -1;
      } else {
        c = Integer.signum(a.get(i).compareTo(b.get(i)));
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  static boolean isNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!DigitRuns.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
