package dev.moat.sbom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moat.image.Image;
import dev.moat.json.JsonTrees;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns an inventory into a CycloneDX 1.6 JSON BOM: the image is the subject ({@code metadata.component}),
 * the OS and every package are components with purl, layer and path, and the dependency graph links
 * image to OS to OS packages, and lock-file packages to what they depend on. Written with Jackson's
 * tree model (the CycloneDX library's generator costs more start-up than a cached scan; the tests
 * validate the output against the official 1.6 schema with that library).
 */
public final class CycloneDxBuilder {

  /** Property names, in the style of Trivy's {@code aquasecurity:trivy:*}. */
  public static final String LAYER_PROPERTY = "moat:LayerDiffID";
  public static final String PATH_PROPERTY = "moat:FilePath";

  private CycloneDxBuilder() {}

  public static ObjectNode build(Inventory inventory, BomRefs refs, String toolVersion) {
    ObjectNode bom = JsonTrees.object();
    bom.put("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
    bom.put("bomFormat", "CycloneDX");
    bom.put("specVersion", "1.6");
    bom.put("serialNumber", "urn:uuid:" + UUID.randomUUID());
    bom.put("version", 1);
    ObjectNode metadata = bom.putObject("metadata");
    metadata.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    ObjectNode tool = metadata.putObject("tools").putArray("components").addObject();
    tool.put("type", "application");
    tool.put("name", "moat");
    tool.put("version", toolVersion);
    ObjectNode subject = imageComponent(inventory.image());
    metadata.set("component", subject);
    String rootRef = subject.path("bom-ref").asText();

    ArrayNode components = bom.putArray("components");
    Map<String, Set<String>> graph = new LinkedHashMap<>();
    graph.put(rootRef, new LinkedHashSet<>());
    String osRef = null;
    if (inventory.os().isPresent()) {
      OperatingSystem os = inventory.os().get();
      osRef = "os:" + os.family() + "-" + os.version();
      ObjectNode c = components.addObject();
      c.put("bom-ref", osRef);
      c.put("type", "operating-system");
      c.put("name", os.family());
      c.put("version", os.version());
      graph.put(osRef, new LinkedHashSet<>());
      graph.get(rootRef).add(osRef);
    }
    DependencyTargets targets = new DependencyTargets(inventory.packages(), refs::ref);
    for (Package p : inventory.packages()) {
      String ref = refs.ref(p);
      components.add(component(p, refs));
      Set<String> edges = graph.computeIfAbsent(ref, k -> new LinkedHashSet<>());
      boolean osPackage = List.of("deb", "apk", "rpm").contains(p.type());
      graph.get(osPackage && osRef != null ? osRef : rootRef).add(ref);
      for (String key : p.dependsOn()) {
        String target = targets.find(p, key);
        if (target != null && !target.equals(ref)) {
          edges.add(target);
        }
      }
    }
    ArrayNode dependencies = bom.putArray("dependencies");
    graph.forEach((ref, dependsOn) -> {
      ObjectNode d = dependencies.addObject();
      d.put("ref", ref);
      ArrayNode on = d.putArray("dependsOn");
      dependsOn.forEach(on::add);
    });
    return bom;
  }

  private static ObjectNode imageComponent(Image image) {
    ObjectNode c = JsonTrees.object();
    String repository = image.reference().map(r -> r.registry() + "/" + r.repository()).orElse(image.name());
    String version = image.manifestDigest().orElse(image.configBlob().digest());
    var purl = PurlFactory.imagePurl(repository, image.manifestDigest());
    c.put("bom-ref", purl.orElse("image:" + version));
    c.put("type", "container");
    c.put("name", image.name());
    c.put("version", version);
    purl.ifPresent(p -> c.put("purl", p));
    ArrayNode props = c.putArray("properties");
    property(props, "moat:ImageConfigDigest", image.configBlob().digest());
    image.manifestDigest().ifPresent(d -> property(props, "moat:ImageManifestDigest", d));
    for (var layer : image.layers()) {
      property(props, "moat:LayerDiffID", layer.diffId());
    }
    return c;
  }

  private static ObjectNode component(Package p, BomRefs refs) {
    ObjectNode c = JsonTrees.object();
    c.put("bom-ref", refs.ref(p));
    c.put("type", "library");
    int colon = p.name().indexOf(':');
    if (p.type().equals("maven") && colon > 0) {
      c.put("group", p.name().substring(0, colon));
      c.put("name", p.name().substring(colon + 1));
    } else {
      c.put("name", p.name());
    }
    if (!p.version().isEmpty()) {
      c.put("version", p.version());
    }
    String sha1 = p.properties().get("sha1");
    if (sha1 != null) {
      ObjectNode hash = c.putArray("hashes").addObject();
      hash.put("alg", "SHA-1");
      hash.put("content", sha1);
    }
    if (!p.licenses().isEmpty()) {
      ArrayNode licenses = c.putArray("licenses");
      for (String name : p.licenses()) {
        licenses.addObject().putObject("license").put("name", name);
      }
    }
    c.put("purl", refs.purl(p));
    ArrayNode props = c.putArray("properties");
    property(props, LAYER_PROPERTY, p.layer());
    property(props, PATH_PROPERTY, p.path());
    p.sourceName().ifPresent(s -> property(props, "moat:SrcName", s));
    p.sourceVersion().ifPresent(s -> property(props, "moat:SrcVersion", s));
    return c;
  }

  private static void property(ArrayNode props, String name, String value) {
    ObjectNode p = props.addObject();
    p.put("name", name);
    p.put("value", value);
  }
}
