package dev.moat.ecosystem.ubuntu;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Ubuntu CVE tracker's per-CVE text files ({@code active/}, {@code retired/},
 * {@code ignored/}): {@code Priority}, {@code CVSS} and one line per release and source package,
 * {@code focal_openssl: released (1.1.1f-1ubuntu2.1)}. Status words follow the tracker's README:
 * released → fixed, needed/needs-triage/deferred/pending → unfixed, ignored → will-not-fix (or
 * end-of-life when the note says so), not-affected → not affected, DNE → no entry.
 */
public final class UbuntuCveTrackerReader implements FeedReader {

  static final Source SOURCE = new Source("Ubuntu CVE Tracker", "https://ubuntu.com/security/cves",
      "unstated (Canonical)");

  private static final Pattern STATUS = Pattern.compile("^([a-z0-9/.+-]+)_([A-Za-z0-9.+-]+):\\s*([a-z-]+|DNE)\\s*(?:\\((.*)\\))?\\s*$");
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z_.+-]*):\\s*(.*)$");

  @Override
  public String format() {
    return "Ubuntu CVE tracker";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public boolean accepts(FeedEntry entry) {
    return entry.fileName().startsWith("CVE-") && !entry.fileName().contains(".")
        && (entry.head(512).startsWith("Candidate:") || entry.head(512).contains("\nCandidate:"));
  }

  @Override
  public void read(FeedEntry entry, FeedSink sink) {
    Map<String, String> fields = new HashMap<>();
    Map<String, List<String>> lists = new HashMap<>();
    List<String[]> statuses = new ArrayList<>();
    String current = null;
    for (String line : entry.text().split("\n")) {
      if (line.startsWith(" ") && current != null) {
        lists.computeIfAbsent(current, k -> new ArrayList<>()).add(line.strip());
        continue;
      }
      Matcher s = STATUS.matcher(line);
      if (s.matches() && !line.startsWith("Patches_") && !line.startsWith("Priority_")) {
        statuses.add(new String[] {s.group(1), s.group(2), s.group(3), s.group(4) == null ? "" : s.group(4)});
        current = null;
        continue;
      }
      Matcher f = FIELD.matcher(line);
      if (f.matches()) {
        current = f.group(1);
        fields.put(current, f.group(2).strip());
      }
    }
    String id = Optional.ofNullable(fields.get("Candidate")).filter(c -> c.startsWith("CVE-"))
        .orElseThrow(() -> MoatException.invalid(entry.path() + ": Ubuntu tracker file has no Candidate: CVE-... line"));
    Optional<String> priority = word(fields.get("Priority"));
    List<Affected> affected = new ArrayList<>();
    for (String[] st : statuses) {
      Optional<String> eco = UbuntuReleases.ecosystem(st[0]);
      if (eco.isEmpty() || st[2].equals("DNE")) {
        continue;
      }
      Optional<String> pkgPriority = word(fields.get("Priority_" + st[1])).or(() -> priority);
      affected(eco.get(), st[1], st[2], st[3], pkgPriority).ifPresent(affected::add);
    }
    List<Severity> severities = new ArrayList<>();
    for (String cvss : lists.getOrDefault("CVSS", List.of())) {
      int colon = cvss.indexOf(':');
      String vector = colon < 0 ? cvss : cvss.substring(colon + 1).strip();
      Optional<String> by = colon < 0 ? Optional.empty() : Optional.of(cvss.substring(0, colon));
      severities.add(new Severity(vector.startsWith("CVSS:4") ? "CVSS_V4" : vector.startsWith("CVSS:3") ? "CVSS_V3" : "CVSS_V2", vector, by));
    }
    priority.ifPresent(p -> severities.add(new Severity("Ubuntu", p)));
    List<Reference> references = new ArrayList<>();
    references.add(new Reference("ADVISORY", "https://ubuntu.com/security/" + id));
    lists.getOrDefault("References", List.of()).forEach(u -> references.add(new Reference("WEB", u)));
    Optional<String> description = Optional.of(String.join(" ", lists.getOrDefault("Description", List.of())))
        .filter(d -> !d.isBlank());
    sink.advisory(SOURCE, new Advisory(id, List.of(), List.of(), Optional.empty(), description,
        publicDate(fields.get("PublicDate")), Optional.empty(), Optional.empty(), severities, references, affected,
        Map.of(), SOURCE.name()));
  }

  private static Optional<Affected> affected(String eco, String pkg, String status, String note, Optional<String> severity) {
    return switch (status) {
      case "released" -> Optional.of(note.isBlank() || note.contains(" ")
          ? Affected.withStatus(eco, pkg, DistroStatus.FIXED, severity)
          : Affected.fixedIn(eco, pkg, note, severity));
      case "not-affected" -> Optional.of(Affected.withStatus(eco, pkg, DistroStatus.NOT_AFFECTED, severity));
      case "ignored" -> Optional.of(Affected.withStatus(eco, pkg, note.contains("end-of-life") || note.contains("end of life")
          || note.contains("out of standard support") ? DistroStatus.END_OF_LIFE : DistroStatus.WILL_NOT_FIX, severity));
      case "needed", "needs-triage", "deferred", "pending", "active" ->
          Optional.of(Affected.withStatus(eco, pkg, DistroStatus.UNFIXED, severity));
      default -> Optional.empty();
    };
  }

  private static Optional<String> word(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<Instant> publicDate(String value) {
    if (value == null || value.isBlank() || value.equals("unknown")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(value.replace(" UTC", ""), DateTimeFormatter.ofPattern("yyyy-MM-dd[ HH:mm[:ss]]"))
          .toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(java.time.LocalDate.parse(value.substring(0, Math.min(10, value.length())))
            .atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }
}
