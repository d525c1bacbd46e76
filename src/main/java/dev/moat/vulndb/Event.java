package dev.moat.vulndb;

/** One OSV range event: {@code introduced}, {@code fixed}, {@code last_affected} or {@code limit}. */
public record Event(Kind kind, String version) {

  /** The OSV event kinds. */
  public enum Kind { INTRODUCED, FIXED, LAST_AFFECTED, LIMIT }
}
