package dev.moat.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import com.github.packageurl.PackageURLBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the package URL (purl-spec) of a package: {@code pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12},
 * {@code pkg:maven/org.yaml/snakeyaml@1.33}, {@code pkg:npm/%40babel/core@7.0.0}, ...
 */
public final class PurlFactory {

  private PurlFactory() {}

  public static String purl(Package p, Optional<OperatingSystem> os) {
    try {
      return build(p, os).canonicalize();
    } catch (MalformedPackageURLException e) {
      return "pkg:generic/" + encode(p.name()) + "@" + encode(p.version());
    }
  }

  /** The purl of the image itself: {@code pkg:oci/app@sha256:...?repository_url=host/repo}. */
  public static Optional<String> imagePurl(String repository, Optional<String> digest) {
    if (digest.isEmpty()) {
      return Optional.empty();
    }
    String name = repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    try {
      PackageURLBuilder b = PackageURLBuilder.aPackageURL().withType("oci").withName(name).withVersion(digest.get());
      if (repository.contains("/")) {
        b.withQualifier("repository_url", repository);
      }
      return Optional.of(b.build().canonicalize());
    } catch (MalformedPackageURLException e) {
      return Optional.empty();
    }
  }

  private static PackageURL build(Package p, Optional<OperatingSystem> os) throws MalformedPackageURLException {
    PackageURLBuilder b = PackageURLBuilder.aPackageURL().withType(p.type());
    if (p.version().isEmpty()) {
      // A Go main module built without version information: the purl names the module, no version.
      return nameWithNamespace(b, p.name(), p.type().equals("maven") ? ':' : '/').build();
    }
    switch (p.type()) {
      case "deb", "apk", "rpm" -> osPackage(b, p, os);
      case "maven" -> nameWithNamespace(b, p.name(), ':').withVersion(p.version());
      case "npm", "composer", "golang" -> nameWithNamespace(b, p.name(), '/').withVersion(p.version());
      case "pypi" -> b.withName(p.name().toLowerCase(Locale.ROOT).replace('_', '-')).withVersion(p.version());
      default -> b.withName(p.name()).withVersion(p.version());
    }
    return b.build();
  }

  private static PackageURLBuilder nameWithNamespace(PackageURLBuilder b, String name, char separator) {
    int cut = name.lastIndexOf(separator);
    if (cut <= 0) {
      return b.withName(name);
    }
    return b.withNamespace(name.substring(0, cut)).withName(name.substring(cut + 1));
  }

  private static void osPackage(PackageURLBuilder b, Package p, Optional<OperatingSystem> os) {
    String family = os.map(OperatingSystem::family).orElse(p.type().equals("apk") ? "alpine" : "unknown");
    String version = p.version();
    int colon = version.indexOf(':');
    if (colon > 0 && version.substring(0, colon).chars().allMatch(Character::isDigit)) {
      b.withQualifier("epoch", version.substring(0, colon));
      version = version.substring(colon + 1);
    }
    b.withNamespace(family).withName(p.name()).withVersion(version);
    p.arch().ifPresent(a -> b.withQualifier("arch", a));
    os.ifPresent(o -> b.withQualifier("distro", p.type().equals("apk") ? o.version() : o.family() + "-" + o.version()));
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
