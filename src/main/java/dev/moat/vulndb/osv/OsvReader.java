package dev.moat.vulndb.osv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.moat.MoatException;
import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.FeedEntry;
import dev.moat.vulndb.FeedReader;
import dev.moat.vulndb.FeedSink;
import dev.moat.vulndb.osv.OsvSources;
import java.io.IOException;

/**
 * Reads OSV records: JSON files (Go, RustSec, PSF, Bitnami, GHSA, Debian ELTS, Ubuntu, osv.dev
 * {@code all.zip} entries) and YAML files (PyPA). Runs last so that specific formats are tried first.
 */
public final class OsvReader implements FeedReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Override
  public String format() {
    return "OSV";
  }

  @Override
  public int priority() {
    return 1000;
  }

  @Override
  public boolean accepts(FeedEntry entry) {
    if (entry.endsWith(".json")) {
      String head = entry.head(4096);
      return head.contains("\"id\"") && (head.contains("\"modified\"") || head.contains("\"affected\"")
          || head.contains("\"schema_version\"") || head.contains("\"aliases\""));
    }
    if (entry.endsWith(".yaml", ".yml")) {
      String head = entry.head(4096);
      return (head.startsWith("id:") || head.contains("\nid:")) && (head.contains("\naffected:") || head.contains("\nmodified:"));
    }
    return false;
  }

  @Override
  public void read(FeedEntry entry, FeedSink sink) throws IOException {
    ObjectMapper mapper = entry.endsWith(".json") ? JSON : YAML;
    JsonNode node = mapper.readTree(entry.content());
    if (node == null || !node.isObject()) {
      throw MoatException.invalid(entry.path() + ": not an OSV record (expected a JSON object)");
    }
    Advisory advisory = OsvRecordParser.parse(node, entry.path());
    sink.advisory(OsvSources.forId(advisory.id()), advisory);
  }
}
