package dev.moat.ecosystem.debian;

import dev.moat.MoatException;
import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.Affected;
import dev.moat.vulndb.DistroStatus;
import dev.moat.vulndb.FeedEntry;
import dev.moat.vulndb.FeedReader;
import dev.moat.vulndb.FeedSink;
import dev.moat.vulndb.Reference;
import dev.moat.vulndb.Source;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the security tracker's advisory lists {@code data/DSA/list} and {@code data/DLA/list}:
 * <pre>
 * [29 Mar 2023] DSA-5380-1 xorg-server - security update
 *     {CVE-2023-1393}
 *     [bullseye] - xorg-server 2:1.20.11-1+deb11u6
 *     [lenny] - vlc &lt;not-affected&gt; (Vulnerable code not present)
 * </pre>
 */
public final class DebianAdvisoryListReader implements FeedReader {

  static final Source DSA = new Source("Debian Security Advisories", "https://www.debian.org/security/", "unstated (Debian)");
  static final Source DLA = new Source("Debian LTS Advisories", "https://www.debian.org/lts/security/", "unstated (Debian)");

  private static final Pattern HEADER = Pattern.compile("^\\[(\\d{1,2} \\w{3} \\d{4})\\] ((?:DSA|DLA|DTSA)-[\\d-]+) (.*)$");
  private static final Pattern PACKAGE = Pattern.compile("^\\s+\\[(\\w+)\\] - (\\S+)\\s*(.*)$");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  @Override
  public String format() {
    return "Debian DSA/DLA list";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public boolean accepts(FeedEntry entry) {
    return entry.endsWith("DSA/list", "DLA/list") && HEADER.matcher(entry.head(200).lines().findFirst().orElse("")).find();
  }

  @Override
  public void read(FeedEntry entry, FeedSink sink) {
    Source source = entry.endsWith("DLA/list") ? DLA : DSA;
    Draft draft = null;
    int lineNo = 0;
    for (String line : entry.text().split("\n")) {
      lineNo++;
      Matcher h = HEADER.matcher(line);
      if (h.matches()) {
        emit(draft, source, sink);
        draft = new Draft(h.group(2), h.group(3), date(h.group(1), entry, lineNo));
        continue;
      }
      String trimmed = line.strip();
      if (draft == null || trimmed.isEmpty() || trimmed.startsWith("NOTE:")) {
        continue;
      }
      if (trimmed.startsWith("{")) {
        for (String id : trimmed.replaceAll("[{}]", " ").trim().split("\\s+")) {
          if (!id.isEmpty()) {
            draft.aliases.add(id);
          }
        }
        continue;
      }
      Matcher p = PACKAGE.matcher(line);
      if (p.matches()) {
        Draft d = draft;
        DebianReleases.ecosystem(p.group(1)).ifPresent(eco -> d.affected.add(affected(eco, p.group(2), p.group(3))));
      }
    }
    emit(draft, source, sink);
  }

  private static Affected affected(String ecosystem, String name, String rest) {
    String word = rest.split("\\s+")[0];
    return switch (word) {
      case "<not-affected>" -> Affected.withStatus(ecosystem, name, DistroStatus.NOT_AFFECTED, Optional.empty());
      case "<end-of-life>" -> Affected.withStatus(ecosystem, name, DistroStatus.END_OF_LIFE, Optional.empty());
      case "<no-dsa>", "<ignored>" -> Affected.withStatus(ecosystem, name, DistroStatus.WILL_NOT_FIX, Optional.empty());
      case "<unfixed>", "<postponed>", "" -> Affected.withStatus(ecosystem, name, DistroStatus.UNFIXED, Optional.empty());
      default -> Affected.fixedIn(ecosystem, name, word, Optional.empty());
    };
  }

  private static LocalDate date(String text, FeedEntry entry, int lineNo) {
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw MoatException.invalid(entry.path() + ":" + lineNo + ": '" + text + "' is not a date like 29 Mar 2023", e);
    }
  }

  private static void emit(Draft d, Source source, FeedSink sink) {
    if (d == null) {
      return;
    }
    String url = d.id.startsWith("DLA") ? "https://www.debian.org/lts/security/" + d.id.toLowerCase(Locale.ROOT)
        : "https://security-tracker.debian.org/tracker/" + d.id;
    sink.advisory(source, new Advisory(d.id, d.aliases, List.of(), Optional.of(d.title), Optional.empty(),
        Optional.of(d.date.atStartOfDay().toInstant(ZoneOffset.UTC)), Optional.empty(), Optional.empty(),
        List.of(), List.of(new Reference("ADVISORY", url)), d.affected, Map.of(), source.name()));
  }

  private static final class Draft {
    final String id;
    final String title;
    final LocalDate date;
    final List<String> aliases = new ArrayList<>();
    final List<Affected> affected = new ArrayList<>();

    Draft(String id, String title, LocalDate date) {
      this.id = id;
      this.title = title;
      this.date = date;
    }
  }
}
