package dev.moat.vulndb;

/** A distribution's verdict on a vulnerability for one of its releases. */
public enum DistroStatus {
  /** Fixed in the version of the range's {@code fixed} event. */
  FIXED,
  /** Affected, no fix yet (Debian open/unfixed, Ubuntu needed/needs-triage/deferred/pending). */
  UNFIXED,
  /** The distro decided not to fix it (Debian no-dsa/ignored, Ubuntu ignored). */
  WILL_NOT_FIX,
  /** The release or package is out of support. */
  END_OF_LIFE,
  /** The distro's package is not affected. */
  NOT_AFFECTED
}
