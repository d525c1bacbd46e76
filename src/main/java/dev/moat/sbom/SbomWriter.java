package dev.moat.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an inventory in one of the {@link SbomFormat}s. */
public final class SbomWriter {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final String toolVersion;

  public SbomWriter(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  public void write(Inventory inventory, SbomFormat format, OutputStream out) throws IOException {
    BomRefs refs = new BomRefs(inventory.packages(), inventory.os());
    switch (format) {
      case CYCLONEDX -> JSON.writeValue(out, CycloneDxBuilder.build(inventory, refs, toolVersion));
      case SPDX -> JSON.writeValue(out, SpdxBuilder.build(inventory, refs, toolVersion));
      case JSON -> JSON.writeValue(out, InventoryDocument.of(inventory, refs));
    }
    out.flush();
  }

  /** Writes any JSON tree (a BOM with vulnerabilities added, say) the way SBOMs are written. */
  public static void writeJson(com.fasterxml.jackson.databind.JsonNode tree, OutputStream out) throws IOException {
    JSON.writeValue(out, tree);
    out.flush();
  }
}
