package dev.moat.vulndb;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The public feeds {@code moat db update} downloads when no mirror is given. */
public final class PublicFeeds {

  /** OSV ecosystems fetched from osv.dev's bucket; distros with their own feed below are not listed. */
  public static final List<String> OSV_ECOSYSTEMS = List.of("Go", "npm", "Maven", "PyPI", "crates.io", "RubyGems",
      "NuGet", "Packagist", "Hex", "Pub", "Bitnami", "Ubuntu");

  /** Alpine branches whose secdb is fetched. */
  public static final List<String> ALPINE_BRANCHES = List.of("v3.18", "v3.19", "v3.20", "v3.21", "v3.22", "edge");

  private PublicFeeds() {}

  /** Every file of a default update. */
  public static List<FeedFile> all() {
    List<FeedFile> files = new ArrayList<>();
    for (String eco : OSV_ECOSYSTEMS) {
      files.add(file("osv/" + eco + "/all.zip", "https://osv-vulnerabilities.storage.googleapis.com/" + eco + "/all.zip"));
    }
    for (String branch : ALPINE_BRANCHES) {
      for (String repo : List.of("main", "community")) {
        files.add(file("alpine/" + branch + "/" + repo + ".json",
            "https://secdb.alpinelinux.org/" + branch + "/" + repo + ".json"));
      }
    }
    files.add(file("debian/tracker.json", "https://security-tracker.debian.org/tracker/data/json"));
    files.add(file("kev/known_exploited_vulnerabilities.json",
        "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json"));
    return List.copyOf(files);
  }

  private static FeedFile file(String path, String url) {
    return new FeedFile(path, URI.create(url), Optional.empty());
  }
}
