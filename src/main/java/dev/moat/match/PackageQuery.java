package dev.moat.match;

/**
 * How one package is looked up: the OSV ecosystem and name its advisories are filed under, and the
 * version to compare (for Debian and Ubuntu the source package's, as their trackers are per source).
 */
record PackageQuery(String ecosystem, String name, String version) {}
