package dev.moat.ecosystem.debian;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.MoatException;
import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.Affected;
import dev.moat.vulndb.DistroStatus;
import dev.moat.vulndb.FeedEntry;
import dev.moat.vulndb.FeedReader;
import dev.moat.vulndb.FeedSink;
import dev.moat.vulndb.Reference;
import dev.moat.vulndb.Severity;
import dev.moat.vulndb.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Debian security tracker's JSON export (https://security-tracker.debian.org/tracker/data/json):
 * package → CVE → {@code releases} → {@code status}, {@code fixed_version}, {@code urgency}. One
 * advisory per (CVE, source package), read package by package so the 80 MB file is never one tree.
 */
public final class DebianTrackerJsonReader implements FeedReader {

  static final Source SOURCE = new Source("Debian Security Tracker", "https://security-tracker.debian.org/tracker/",
      "unstated (Debian)");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String format() {
    return "Debian security tracker JSON";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public boolean accepts(FeedEntry entry) {
    if (!entry.endsWith(".json") && !entry.fileName().equals("json")) {
      return false;
    }
    String head = entry.head(4096);
    return head.contains("\"releases\"") && head.contains("\"urgency\"") && !head.contains("\"affected\"");
  }

  @Override
  public void read(FeedEntry entry, FeedSink sink) throws IOException {
    try (JsonParser parser = JSON.createParser(entry.content())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw MoatException.invalid(entry.path() + ": Debian tracker JSON must be an object of packages");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String pkg = parser.currentName();
        parser.nextToken();
        JsonNode cves = JSON.readTree(parser);
        cves.properties().forEach(cve -> sink.advisory(SOURCE, advisory(pkg, cve.getKey(), cve.getValue())));
      }
    }
  }

  private static Advisory advisory(String pkg, String id, JsonNode cve) {
    List<Affected> affected = new ArrayList<>();
    cve.path("releases").properties().forEach(r -> DebianReleases.ecosystem(r.getKey())
        .ifPresent(eco -> affected.add(affected(eco, pkg, r.getValue()))));
    List<Severity> severities = new ArrayList<>();
    affected.stream().flatMap(a -> a.severity().stream()).findFirst()
        .ifPresent(u -> severities.add(new Severity("Debian", u)));
    Optional<String> description = Optional.of(cve.path("description").asText("")).filter(s -> !s.isEmpty());
    return new Advisory(id, List.of(), List.of(), Optional.empty(), description, Optional.empty(), Optional.empty(),
        Optional.empty(), severities, List.of(new Reference("ADVISORY", "https://security-tracker.debian.org/tracker/" + id)),
        affected, Map.of(), SOURCE.name());
  }

  private static Affected affected(String ecosystem, String pkg, JsonNode release) {
    // "high**" marks an urgency not yet reviewed by the security team; the word is what counts.
    Optional<String> urgency = Optional.of(release.path("urgency").asText("").replace("*", ""))
        .filter(u -> !u.isEmpty() && !u.equals("not yet assigned"));
    String fixed = release.path("fixed_version").asText("");
    String status = release.path("status").asText("");
    if (status.equals("resolved")) {
      // The tracker writes fixed_version 0 when the release never had the vulnerable code.
      return fixed.equals("0") || fixed.isEmpty()
          ? Affected.withStatus(ecosystem, pkg, DistroStatus.NOT_AFFECTED, urgency)
          : Affected.fixedIn(ecosystem, pkg, fixed, urgency);
    }
    String nodsa = release.path("nodsa_reason").asText("");
    boolean ignored = release.has("nodsa") && !nodsa.equals("postponed");
    return Affected.withStatus(ecosystem, pkg, ignored ? DistroStatus.WILL_NOT_FIX : DistroStatus.UNFIXED, urgency);
  }
}
