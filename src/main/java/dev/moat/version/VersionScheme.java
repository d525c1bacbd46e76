package dev.moat.version;

/**
 * One ecosystem's version ordering and range syntax; implementations hold no state and do no I/O.
 *
 * <p>{@link #compare} and {@link #satisfies} throw {@link dev.moat.MoatException} of kind
 * {@code INVALID_INPUT} when an input cannot be parsed by the scheme.
 */
public interface VersionScheme {

  /** Short stable name, e.g. {@code deb}, {@code semver}, {@code maven}. */
  String name();

  /** Negative, zero or positive as {@code a} sorts before, equal to or after {@code b}. */
  int compare(String a, String b);

  /** Whether {@code v} is a well-formed version of this scheme. */
  boolean isValid(String v);

  /** Whether {@code version} lies in {@code constraint}, written in the ecosystem's range syntax. */
  boolean satisfies(String version, String constraint);
}
