package dev.moat.ecosystem.pypi;

import dev.moat.MoatException;
import dev.moat.version.ParseCache;
import dev.moat.version.VersionScheme;
import java.util.Arrays;
import java.util.List;

/**
 * PEP 440 ordering (epochs, pre/post/dev releases, local versions) with specifier sets such as
 * {@code >=1.0,<2.0,!=1.5.*}. Pre-releases are always eligible: a scanner must match a vulnerable
 * {@code 2.0rc1} against {@code <2.0.1} even though pip would not install it by default.
 */
public final class PypiVersion implements VersionScheme {

  @Override
  public String name() {
    return "pep440";
  }

  private static final ParseCache<Pep440Version> PARSED =
      new ParseCache<>(8192, PypiVersion::parse);

  @Override
  public int compare(String a, String b) {
    return PARSED.get(a).compareTo(PARSED.get(b));
  }

  @Override
  public boolean isValid(String v) {
    return Pep440Parser.parse(v).isPresent();
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    if (constraint.isBlank()) {
      throw MoatException.invalid("empty PEP 440 specifier set");
    }
    List<Pep440Specifier> specs =
        Arrays.stream(constraint.split(",")).map(Pep440Specifier::parse).toList();
    if (specs.stream().anyMatch(s -> !s.operator().equals("==="))) {
      parse(version);
    }
    return specs.stream().allMatch(s -> s.contains(version));
  }

  /** Parses a PEP 440 version; throws MoatException INVALID_INPUT when it is not one. */
  public static Pep440Version parse(String v) {
    return Pep440Parser.parse(v)
        .orElseThrow(() -> MoatException.invalid("invalid PEP 440 version '" + v + "'"));
  }

  /** The normalized spelling, e.g. {@code 1.0-ALPHA1} to {@code 1.0a1}. */
  public static String normalize(String v) {
    return parse(v).toString();
  }
}
