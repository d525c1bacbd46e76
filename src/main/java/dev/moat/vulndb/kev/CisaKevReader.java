package dev.moat.vulndb.kev;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import dev.moat.vulndb.FeedEntry;
import dev.moat.vulndb.FeedReader;
import dev.moat.vulndb.FeedSink;
import dev.moat.vulndb.KnownExploited;
import dev.moat.vulndb.Source;
import java.io.IOException;
import java.util.Optional;

/** Reads CISA's Known Exploited Vulnerabilities catalogue (known_exploited_vulnerabilities.json). */
public final class CisaKevReader implements FeedReader {

  static final Source SOURCE = new Source("CISA Known Exploited Vulnerabilities",
      "https://www.cisa.gov/known-exploited-vulnerabilities-catalog", "CC0-1.0");

  @Override
  public String format() {
    return "CISA KEV JSON";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public boolean accepts(FeedEntry entry) {
    String head = entry.head(1024);
    return entry.endsWith(".json") && head.contains("\"catalogVersion\"") && head.contains("\"vulnerabilities\"")
        && !head.contains("\"$schema\"");
  }

  @Override
  public void read(FeedEntry entry, FeedSink sink) throws IOException {
    JsonNode root = JsonTrees.parse(entry.content());
    JsonNode vulns = root.path("vulnerabilities");
    if (!vulns.isArray()) {
      throw MoatException.invalid(entry.path() + ": KEV catalogue has no vulnerabilities list");
    }
    for (JsonNode v : vulns) {
      String cve = v.path("cveID").asText("");
      if (!cve.startsWith("CVE-")) {
        throw MoatException.invalid(entry.path() + ": KEV entry without a cveID");
      }
      Optional<String> added = Optional.of(v.path("dateAdded").asText("")).filter(s -> !s.isEmpty());
      sink.knownExploited(SOURCE, new KnownExploited(cve, added,
          v.path("knownRansomwareCampaignUse").asText("").equalsIgnoreCase("Known")));
    }
  }
}
