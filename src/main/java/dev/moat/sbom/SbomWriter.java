package dev.moat.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;

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
      case CYCLONEDX -> out.write(cycloneDxJson(CycloneDxBuilder.build(inventory, refs, toolVersion)));
      case SPDX -> JSON.writeValue(out, SpdxBuilder.build(inventory, refs, toolVersion));
      case JSON -> JSON.writeValue(out, InventoryDocument.of(inventory, refs));
    }
    out.flush();
  }

  /** Serialises a CycloneDX BOM as 1.6 JSON. */
  public static byte[] cycloneDxJson(org.cyclonedx.model.Bom bom) {
    try {
      return (BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString() + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (GeneratorException e) {
      throw new IllegalStateException("cannot serialise the CycloneDX BOM", e);
    }
  }
}
