package dev.moat.ecosystem.alpine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.moat.MoatException;
import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.Affected;
import dev.moat.vulndb.DistroStatus;
import dev.moat.vulndb.FeedEntry;
import dev.moat.vulndb.FeedReader;
import dev.moat.vulndb.FeedSink;
import dev.moat.vulndb.Reference;
import dev.moat.vulndb.Source;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Alpine secdb files: a whole branch ({@code v3.20/main.json} or {@code .yaml}, with
 * {@code packages[].pkg.secfixes}) and vuln-list's one-package files ({@code name} and
 * {@code secfixes} at the top). Each CVE of a package becomes an advisory with the CVE as id.
 */
public final class AlpineSecdbReader implements FeedReader {

  static final Source SOURCE = new Source("Alpine secdb", "https://secdb.alpinelinux.org/", "unstated (Alpine Linux)");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  // Entries look like "CVE-2019-10206" or "CVE-2018-0732 CVE-2018-0737" or "XSA-123 (CVE-...)".
  private static final Pattern ID = Pattern.compile("(CVE-\\d{4}-\\d+|GHSA(-[0-9a-z]{4}){3}|XSA-\\d+|ALPINE-\\d+)");

  @Override
  public String format() {
    return "Alpine secdb";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public boolean accepts(FeedEntry entry) {
    if (!entry.endsWith(".json", ".yaml", ".yml")) {
      return false;
    }
    String head = entry.head(4096);
    return head.contains("distroversion") && (head.contains("secfixes") || head.contains("packages"));
  }

  @Override
  public void read(FeedEntry entry, FeedSink sink) throws IOException {
    JsonNode root = (entry.endsWith(".json") ? JSON : YAML).readTree(entry.content());
    String branch = root.path("distroversion").asText("");
    if (!branch.matches("v?\\d+\\.\\d+|edge")) {
      throw MoatException.invalid(entry.path() + ": Alpine secdb distroversion '" + branch + "' is not a branch like v3.20");
    }
    String ecosystem = "Alpine:" + (branch.startsWith("v") || branch.equals("edge") ? branch : "v" + branch);
    if (root.has("packages")) {
      for (JsonNode p : root.path("packages")) {
        pkg(p.path("pkg"), ecosystem, sink);
      }
    } else {
      pkg(root, ecosystem, sink);
    }
  }

  private static void pkg(JsonNode pkg, String ecosystem, FeedSink sink) {
    String name = pkg.path("name").asText("");
    pkg.path("secfixes").properties().forEach(fix -> {
      String version = fix.getKey();
      for (JsonNode line : fix.getValue()) {
        Matcher m = ID.matcher(line.asText(""));
        if (!m.find()) {
          continue;
        }
        String id = m.group(1);
        // secdb writes "0" for a CVE that never affected Alpine's build of the package.
        Affected affected = version.equals("0")
            ? Affected.withStatus(ecosystem, name, DistroStatus.NOT_AFFECTED, Optional.empty())
            : Affected.fixedIn(ecosystem, name, version, Optional.empty());
        sink.advisory(SOURCE, new Advisory(id, List.of(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
            List.of(new Reference("ADVISORY", "https://security.alpinelinux.org/vuln/" + id)),
            List.of(affected), Map.of(), SOURCE.name()));
      }
    });
  }
}
