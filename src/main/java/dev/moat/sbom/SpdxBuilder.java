package dev.moat.sbom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moat.image.Image;
import dev.moat.json.JsonTrees;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns an inventory into an SPDX 2.3 JSON document: the image is the described package
 * ({@code primaryPackagePurpose: CONTAINER}), the OS and every package are packages with a purl
 * external reference, and relationships say what contains and depends on what.
 */
public final class SpdxBuilder {
  /** A license value is passed through only when it is a plain SPDX expression; anything else is NOASSERTION. */
  private static final Pattern SIMPLE_EXPRESSION =
      Pattern.compile("[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*");

  private SpdxBuilder() {}

  public static ObjectNode build(Inventory inventory, BomRefs refs, String toolVersion) {
    Image image = inventory.image();
    ObjectNode doc = JsonTrees.object();
    doc.put("spdxVersion", "SPDX-2.3");
    doc.put("dataLicense", "CC0-1.0");
    doc.put("SPDXID", "SPDXRef-DOCUMENT");
    doc.put("name", image.name());
    doc.put("documentNamespace", "https://moat.dev/spdx/" + safe(image.name()) + "-" + UUID.randomUUID());
    ObjectNode creation = doc.putObject("creationInfo");
    creation.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    creation.putArray("creators").add("Tool: moat-" + toolVersion);
    ArrayNode packages = doc.putArray("packages");
    ArrayNode relationships = doc.putArray("relationships");

    String imageId = "SPDXRef-Image";
    ObjectNode imagePackage = packages.addObject();
    imagePackage.put("SPDXID", imageId);
    imagePackage.put("name", image.name());
    imagePackage.put("versionInfo", image.manifestDigest().orElse(image.configBlob().digest()));
    imagePackage.put("downloadLocation", "NOASSERTION");
    imagePackage.put("filesAnalyzed", false);
    imagePackage.put("primaryPackagePurpose", "CONTAINER");
    String repository = image.reference().map(r -> r.registry() + "/" + r.repository()).orElse(image.name());
    PurlFactory.imagePurl(repository, image.manifestDigest()).ifPresent(p -> purlRef(imagePackage, p));
    relate(relationships, "SPDXRef-DOCUMENT", "DESCRIBES", imageId);

    String osId = null;
    if (inventory.os().isPresent()) {
      OperatingSystem os = inventory.os().get();
      osId = "SPDXRef-OperatingSystem";
      ObjectNode osPackage = packages.addObject();
      osPackage.put("SPDXID", osId);
      osPackage.put("name", os.family());
      osPackage.put("versionInfo", os.version());
      osPackage.put("downloadLocation", "NONE");
      osPackage.put("filesAnalyzed", false);
      osPackage.put("primaryPackagePurpose", "OPERATING_SYSTEM");
      relate(relationships, imageId, "CONTAINS", osId);
    }
    Map<Package, String> ids = new HashMap<>();
    int n = 0;
    for (Package p : inventory.packages()) {
      ids.put(p, "SPDXRef-Package-" + (++n));
    }
    DependencyTargets targets = new DependencyTargets(inventory.packages(), ids::get);
    for (Package p : inventory.packages()) {
      String id = ids.get(p);
      packages.add(packageNode(p, id, refs));
      boolean osPackage = List.of("deb", "apk", "rpm").contains(p.type());
      relate(relationships, osPackage && osId != null ? osId : imageId, "CONTAINS", id);
      for (String key : p.dependsOn()) {
        String target = targets.find(p, key);
        if (target != null && !target.equals(id)) {
          relate(relationships, id, "DEPENDS_ON", target);
        }
      }
    }
    return doc;
  }

  private static ObjectNode packageNode(Package p, String id, BomRefs refs) {
    ObjectNode node = JsonTrees.object();
    node.put("SPDXID", id);
    node.put("name", p.name());
    node.put("versionInfo", p.version());
    node.put("downloadLocation", "NOASSERTION");
    node.put("filesAnalyzed", false);
    String declared = String.join(" AND ", p.licenses());
    node.put("licenseConcluded", "NOASSERTION");
    node.put("licenseDeclared", !declared.isEmpty() && SIMPLE_EXPRESSION.matcher(declared).matches() ? declared : "NOASSERTION");
    node.put("copyrightText", "NOASSERTION");
    p.sourceName().ifPresent(s -> node.put("sourceInfo", "built from source package " + s
        + p.sourceVersion().map(v -> " " + v).orElse("")));
    String sha1 = p.properties().get("sha1");
    if (sha1 != null) {
      ObjectNode checksum = node.putArray("checksums").addObject();
      checksum.put("algorithm", "SHA1");
      checksum.put("checksumValue", sha1);
    }
    purlRef(node, refs.purl(p));
    ObjectNode annotation = node.putArray("annotations").addObject();
    annotation.put("annotationDate", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    annotation.put("annotationType", "OTHER");
    annotation.put("annotator", "Tool: moat");
    annotation.put("comment", "layer: " + p.layer() + ", path: " + p.path());
    return node;
  }

  private static void purlRef(ObjectNode node, String purl) {
    ObjectNode ref = node.putArray("externalRefs").addObject();
    ref.put("referenceCategory", "PACKAGE-MANAGER");
    ref.put("referenceType", "purl");
    ref.put("referenceLocator", purl);
  }

  private static void relate(ArrayNode relationships, String from, String type, String to) {
    ObjectNode r = relationships.addObject();
    r.put("spdxElementId", from);
    r.put("relationshipType", type);
    r.put("relatedSpdxElement", to);
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "-");
  }
}
