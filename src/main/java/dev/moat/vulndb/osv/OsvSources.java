package dev.moat.vulndb.osv;

import dev.moat.vulndb.Source;
import java.util.List;

/** Credits an OSV record to the database that published it, by the prefix of its id. */
public final class OsvSources {

  private record Prefix(String prefix, Source source) {}

  private static final List<Prefix> KNOWN = List.of(
      new Prefix("GO-", new Source("Go Vulnerability Database", "https://pkg.go.dev/vuln/", "CC-BY-4.0")),
      new Prefix("RUSTSEC-", new Source("RustSec Advisory Database", "https://rustsec.org/", "CC0-1.0")),
      new Prefix("PYSEC-", new Source("PyPA Advisory Database", "https://github.com/pypa/advisory-database", "CC-BY-4.0")),
      new Prefix("PSF-", new Source("PSF Advisory Database", "https://github.com/psf/advisory-database", "CC-BY-4.0")),
      new Prefix("GHSA-", new Source("GitHub Advisory Database", "https://github.com/advisories", "CC-BY-4.0")),
      new Prefix("BIT-", new Source("Bitnami Vulnerability Database", "https://github.com/bitnami/vulndb", "Apache-2.0")),
      new Prefix("ELA-", new Source("Debian ELTS advisories (Freexian)", "https://www.freexian.com/lts/extended/", "unstated")),
      new Prefix("DSA-", new Source("Debian Security Advisories", "https://www.debian.org/security/", "unstated (Debian)")),
      new Prefix("DLA-", new Source("Debian LTS Advisories", "https://www.debian.org/lts/security/", "unstated (Debian)")),
      new Prefix("DTSA-", new Source("Debian Security Advisories", "https://www.debian.org/security/", "unstated (Debian)")),
      new Prefix("UBUNTU-", new Source("Ubuntu Security (OSV)", "https://ubuntu.com/security/notices", "unstated (Canonical)")),
      new Prefix("USN-", new Source("Ubuntu Security (OSV)", "https://ubuntu.com/security/notices", "unstated (Canonical)")),
      new Prefix("ALPINE-", new Source("Alpine secdb (OSV)", "https://secdb.alpinelinux.org/", "unstated")),
      new Prefix("MAL-", new Source("OpenSSF Malicious Packages", "https://github.com/ossf/malicious-packages", "Apache-2.0")));

  /** Everything else that arrives as OSV. */
  public static final Source OTHER = new Source("OSV (other)", "https://osv.dev/", "see osv.dev/list per record");

  private OsvSources() {}

  /** The source of the record with this id. */
  public static Source forId(String id) {
    for (Prefix p : KNOWN) {
      if (id.startsWith(p.prefix())) {
        return p.source();
      }
    }
    return OTHER;
  }
}
