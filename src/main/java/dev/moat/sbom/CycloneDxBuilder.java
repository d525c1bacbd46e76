package dev.moat.sbom;

import dev.moat.image.Image;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * Turns an inventory into a CycloneDX 1.6 BOM: the image is the subject ({@code metadata.component}),
 * the OS and every package are components with purl, layer and path, and the dependency graph
 * links image to OS to OS packages, and lock-file packages to what they depend on.
 */
public final class CycloneDxBuilder {

  /** Property names, in the style of Trivy's {@code aquasecurity:trivy:*}. */
  public static final String LAYER_PROPERTY = "moat:LayerDiffID";
  public static final String PATH_PROPERTY = "moat:FilePath";

  private CycloneDxBuilder() {}

  public static Bom build(Inventory inventory, BomRefs refs, String toolVersion) {
    Bom bom = new Bom();
    bom.setSerialNumber("urn:uuid:" + UUID.randomUUID());
    Component subject = imageComponent(inventory.image());
    bom.setMetadata(metadata(subject, toolVersion));

    List<Component> components = new ArrayList<>();
    Map<String, Dependency> graph = new LinkedHashMap<>();
    Dependency root = new Dependency(subject.getBomRef());
    graph.put(subject.getBomRef(), root);
    Dependency osNode = null;
    if (inventory.os().isPresent()) {
      OperatingSystem os = inventory.os().get();
      Component osComponent = new Component();
      osComponent.setType(Component.Type.OPERATING_SYSTEM);
      osComponent.setBomRef("os:" + os.family() + "-" + os.version());
      osComponent.setName(os.family());
      osComponent.setVersion(os.version());
      components.add(osComponent);
      osNode = new Dependency(osComponent.getBomRef());
      graph.put(osComponent.getBomRef(), osNode);
      root.addDependency(new Dependency(osComponent.getBomRef()));
    }
    DependencyTargets targets = new DependencyTargets(inventory.packages(), refs::ref);
    for (Package p : inventory.packages()) {
      components.add(component(p, refs));
      Dependency node = new Dependency(refs.ref(p));
      graph.put(refs.ref(p), node);
      boolean osPackage = List.of("deb", "apk", "rpm").contains(p.type());
      (osPackage && osNode != null ? osNode : root).addDependency(new Dependency(refs.ref(p)));
      for (String key : p.dependsOn()) {
        String target = targets.find(p, key);
        if (target != null && !target.equals(refs.ref(p))) {
          node.addDependency(new Dependency(target));
        }
      }
    }
    bom.setComponents(components);
    bom.setDependencies(new ArrayList<>(graph.values()));
    return bom;
  }

  private static Metadata metadata(Component subject, String toolVersion) {
    Metadata metadata = new Metadata();
    metadata.setTimestamp(new Date());
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName("moat");
    tool.setVersion(toolVersion);
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    metadata.setToolChoice(tools);
    metadata.setComponent(subject);
    return metadata;
  }

  private static Component imageComponent(Image image) {
    Component c = new Component();
    c.setType(Component.Type.CONTAINER);
    String repository = image.reference().map(r -> r.registry() + "/" + r.repository()).orElse(image.name());
    c.setName(image.name());
    String version = image.manifestDigest().orElse(image.configBlob().digest());
    c.setVersion(version);
    c.setBomRef(PurlFactory.imagePurl(repository, image.manifestDigest()).orElse("image:" + version));
    PurlFactory.imagePurl(repository, image.manifestDigest()).ifPresent(c::setPurl);
    List<Property> props = new ArrayList<>();
    props.add(property("moat:ImageConfigDigest", image.configBlob().digest()));
    image.manifestDigest().ifPresent(d -> props.add(property("moat:ImageManifestDigest", d)));
    for (var layer : image.layers()) {
      props.add(property("moat:LayerDiffID", layer.diffId()));
    }
    c.setProperties(props);
    return c;
  }

  private static Component component(Package p, BomRefs refs) {
    Component c = new Component();
    c.setType(Component.Type.LIBRARY);
    c.setBomRef(refs.ref(p));
    switch (p.type()) {
      case "maven" -> {
        int colon = p.name().indexOf(':');
        c.setGroup(colon > 0 ? p.name().substring(0, colon) : null);
        c.setName(colon > 0 ? p.name().substring(colon + 1) : p.name());
      }
      default -> c.setName(p.name());
    }
    c.setVersion(p.version());
    c.setPurl(refs.purl(p));
    if (!p.licenses().isEmpty()) {
      LicenseChoice choice = new LicenseChoice();
      for (String name : p.licenses()) {
        License license = new License();
        license.setName(name);
        choice.addLicense(license);
      }
      c.setLicenses(choice);
    }
    String sha1 = p.properties().get("sha1");
    if (sha1 != null) {
      c.setHashes(List.of(new Hash(Hash.Algorithm.SHA1, sha1)));
    }
    List<Property> props = new ArrayList<>();
    props.add(property(LAYER_PROPERTY, p.layer()));
    props.add(property(PATH_PROPERTY, p.path()));
    p.sourceName().ifPresent(s -> props.add(property("moat:SrcName", s)));
    p.sourceVersion().ifPresent(s -> props.add(property("moat:SrcVersion", s)));
    c.setProperties(props);
    return c;
  }

  private static Property property(String name, String value) {
    Property p = new Property();
    p.setName(name);
    p.setValue(value);
    return p;
  }
}
