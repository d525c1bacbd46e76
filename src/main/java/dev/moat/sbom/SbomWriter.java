package dev.moat.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an inventory in one of the {@link SbomFormat}s. */
public final class SbomWriter {

  private final String toolVersion;

  public SbomWriter(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  public void write(Inventory inventory, SbomFormat format, OutputStream out) throws IOException {
    BomRefs refs = new BomRefs(inventory.packages(), inventory.os());
    switch (format) {
      case CYCLONEDX -> JsonTrees.writePretty(CycloneDxBuilder.build(inventory, refs, toolVersion), out);
      case SPDX -> JsonTrees.writePretty(SpdxBuilder.build(inventory, refs, toolVersion), out);
      case JSON -> RecordWriter.MAPPER.writeValue(out, InventoryDocument.of(inventory, refs));
    }
    out.flush();
  }

  /** Writes any JSON tree (a BOM with vulnerabilities added, say) the way SBOMs are written. */
  public static void writeJson(JsonNode tree, OutputStream out) throws IOException {
    JsonTrees.writePretty(tree, out);
    out.flush();
  }

  /** Moat's own inventory document is bound from records; the mapper is built only for that format. */
  private static final class RecordWriter {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }
}
