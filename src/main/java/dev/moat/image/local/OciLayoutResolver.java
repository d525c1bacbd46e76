package dev.moat.image.local;

import dev.moat.MoatException;
import dev.moat.image.ConfigParser;
import dev.moat.image.Descriptor;
import dev.moat.image.Image;
import dev.moat.image.ImageConfig;
import dev.moat.image.ImageIndex;
import dev.moat.image.ImageManifest;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageSource;
import dev.moat.image.ManifestParser;
import dev.moat.image.MediaTypes;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves an image in an OCI image layout (a directory or an archive of one): {@code index.json},
 * then the manifest tagged with {@code org.opencontainers.image.ref.name} (or the only one), then
 * through nested indexes by platform, to the manifest and its config.
 */
final class OciLayoutResolver {

  static final String REF_NAME = "org.opencontainers.image.ref.name";
  private static final int MAX_NESTED_INDEXES = 4;

  private OciLayoutResolver() {}

  static ImageSource resolve(BlobStore store, String name, Optional<String> tag, ImageOptions options) {
    try {
      LocalBlobs blobs = new LocalBlobs(store, name);
      checkLayoutVersion(blobs);
      long maxManifest = options.limits().maxManifestBytes();
      byte[] indexJson = blobs.readFile("index.json", null, "cannot read " + name + ": index.json", maxManifest);
      ImageIndex top = ManifestParser.parseIndex(indexJson, "cannot read " + name + ": index.json");
      Descriptor chosen = pickByTag(top, name, tag, options);
      Optional<String> indexDigest = Optional.empty();
      for (int depth = 0; ; depth++) {
        byte[] bytes = blobs.readDocument(chosen, "manifest", maxManifest);
        String what = "cannot read " + name + ": manifest " + chosen.digest();
        ManifestParser.Parsed parsed = ManifestParser.parse(bytes, Optional.ofNullable(chosen.mediaType()), what);
        if (parsed instanceof ImageManifest manifest) {
          byte[] configJson = blobs.readDocument(manifest.config(), "config", options.limits().maxConfigBytes());
          ImageConfig config = ConfigParser.parse(configJson, "cannot read " + name + ": config "
              + manifest.config().digest());
          Image image = manifest.toImage(name, Optional.empty(), Optional.of(chosen.digest()), indexDigest, config);
          List<String> paths = image.layers().stream().map(l -> LocalBlobs.blobPath(l.blob().digest())).toList();
          return new LocalImageSource(image, blobs, store, paths);
        }
        if (depth >= MAX_NESTED_INDEXES) {
          throw MoatException.invalid(what + ": indexes nested more than " + MAX_NESTED_INDEXES + " deep");
        }
        indexDigest = Optional.of(chosen.digest());
        chosen = ((ImageIndex) parsed).select(options.platform(), "cannot read " + name);
      }
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static Descriptor pickByTag(ImageIndex index, String name, Optional<String> tag, ImageOptions options) {
    if (tag.isEmpty()) {
      if (index.manifests().size() == 1) {
        return index.manifests().get(0);
      }
      throw MoatException.invalid("cannot read " + name + ": the layout holds " + index.manifests().size()
          + " images; name one as " + name + ":TAG (tags: " + tags(index) + ")");
    }
    List<Descriptor> tagged = index.manifests().stream()
        .filter(d -> tag.get().equals(d.annotations().get(REF_NAME)))
        .toList();
    if (tagged.isEmpty()) {
      throw MoatException.notFound("cannot read " + name + ": no image tagged '" + tag.get() + "' (tags: "
          + tags(index) + ")");
    }
    if (tagged.size() == 1) {
      return tagged.get(0);
    }
    // One tag on several platform manifests: choose like an index would.
    return new ImageIndex(MediaTypes.OCI_INDEX, tagged).select(options.platform(), "cannot read " + name);
  }

  private static String tags(ImageIndex index) {
    String tags = index.manifests().stream()
        .map(d -> d.annotations().get(REF_NAME))
        .filter(t -> t != null)
        .distinct()
        .collect(Collectors.joining(", "));
    return tags.isEmpty() ? "none" : tags;
  }

  /** The {@code oci-layout} file marks a layout; refuse versions other than 1.x. */
  private static void checkLayoutVersion(LocalBlobs blobs) {
    String what = "cannot read " + blobs.name() + ": oci-layout";
    if (blobs.size("oci-layout").isEmpty()) {
      throw MoatException.notFound("cannot read " + blobs.name() + ": not an OCI image layout (no oci-layout file)");
    }
    byte[] bytes = blobs.readFile("oci-layout", null, what, 4096);
    try {
      String version = JsonTrees.parse(bytes).path("imageLayoutVersion").asText("");
      if (!version.startsWith("1.")) {
        throw MoatException.invalid(what + ": unsupported imageLayoutVersion '" + version + "'");
      }
    } catch (IOException e) {
      throw MoatException.invalid(what + " is not valid JSON", e);
    }
  }

  /** {@code PATH[:TAG]} split at the first colon, as skopeo's oci transports do. */
  static String[] splitSpec(String spec) {
    int colon = spec.indexOf(':');
    return colon < 0 ? new String[] {spec, null} : new String[] {spec.substring(0, colon), spec.substring(colon + 1)};
  }

}
