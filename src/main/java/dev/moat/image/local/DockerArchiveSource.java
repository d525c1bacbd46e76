package dev.moat.image.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.image.ConfigParser;
import dev.moat.image.Descriptor;
import dev.moat.image.Digests;
import dev.moat.image.Image;
import dev.moat.image.ImageConfig;
import dev.moat.image.ImageManifest;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageReference;
import dev.moat.image.ImageSource;
import dev.moat.image.MediaTypes;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docker-archive:FILE[:REF]}: a {@code docker save} / skopeo archive ({@code manifest.json}
 * naming a config and layer files). Such an archive has no manifest, so the image has no manifest
 * digest; it is reported with the Docker v2s2 manifest media type, as skopeo does. Layer files
 * named by their digest ({@code HEX.tar}, {@code blobs/sha256/HEX}) are verified against it; others
 * ({@code ID/layer.tar}) are uncompressed tars, verified against their diffID. Compression is sniffed.
 */
public final class DockerArchiveSource {

  private static final Pattern DIGEST_NAMED =
      Pattern.compile("(?:.*/)?(?:blobs/(sha256|sha512)/)?([a-f0-9]{64}|[a-f0-9]{128})(?:\\.tar|\\.json)?");

  private DockerArchiveSource() {}

  /** Opens {@code FILE[:REF]} (the part after {@code docker-archive:}); the image is resolved immediately. */
  public static ImageSource open(String spec, ImageOptions options) {
    String[] parts = OciLayoutResolver.splitSpec(spec);
    String name = "docker-archive:" + spec;
    Path file = Path.of(parts[0]);
    if (!Files.isRegularFile(file)) {
      throw MoatException.notFound("cannot read " + name + ": no such file " + parts[0]);
    }
    TarBlobStore store = new TarBlobStore(file, name);
    try {
      return resolve(store, name, Optional.ofNullable(parts[1]).filter(r -> !r.isEmpty()), options);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static ImageSource resolve(TarBlobStore store, String name, Optional<String> ref, ImageOptions options) {
    LocalBlobs blobs = new LocalBlobs(store, name);
    String what = "cannot read " + name + ": manifest.json";
    byte[] manifestJson = blobs.readFile("manifest.json", null, what, options.limits().maxManifestBytes());
    JsonNode entry = pick(readArray(manifestJson, what), name, ref);
    String configPath = text(entry, "Config", what);
    byte[] configJson = blobs.readFile(configPath, null, "cannot read " + name + ": config " + configPath,
        options.limits().maxConfigBytes());
    String configDigest = Digests.sha256(configJson);
    digestFromName(configPath).filter(d -> !d.equals(configDigest)).ifPresent(d -> {
      throw MoatException.invalid("cannot read " + name + ": config " + configPath + " does not match its digest "
          + d + " (content hashes to " + configDigest + ")");
    });
    ImageConfig config = ConfigParser.parse(configJson, "cannot read " + name + ": config " + configDigest);
    JsonNode layersNode = entry.path("Layers");
    if (!layersNode.isArray()) {
      throw MoatException.invalid(what + ": the image has no Layers list");
    }
    if (layersNode.size() != config.diffIds().size()) {
      throw MoatException.invalid("cannot read " + name + ": manifest.json lists " + layersNode.size()
          + " layers but the config lists " + config.diffIds().size() + " diffIDs");
    }
    List<String> paths = new ArrayList<>();
    List<Descriptor> layers = new ArrayList<>();
    for (int i = 0; i < layersNode.size(); i++) {
      String path = layersNode.get(i).asText();
      long size = store.size(path).orElseThrow(() ->
          MoatException.notFound("cannot read " + name + ": layer file " + path + " is missing from the archive"));
      String digest = digestFromName(path).orElse(config.diffIds().get(i));
      paths.add(path);
      layers.add(Descriptor.of(null, digest, size));
    }
    Descriptor configBlob = Descriptor.of(MediaTypes.DOCKER_CONFIG, configDigest, configJson.length);
    ImageManifest manifest = new ImageManifest(MediaTypes.DOCKER_MANIFEST, configBlob, layers);
    Optional<ImageReference> reference = firstTag(entry);
    Image image = manifest.toImage(name, reference, Optional.empty(), Optional.empty(), config);
    return new LocalImageSource(image, blobs, store, paths);
  }

  private static JsonNode readArray(byte[] json, String what) {
    try {
      JsonNode root = JsonTrees.parse(json);
      if (root == null || !root.isArray() || root.isEmpty()) {
        throw MoatException.invalid(what + " is not a non-empty JSON list");
      }
      return root;
    } catch (IOException e) {
      throw MoatException.invalid(what + " is not valid JSON", e);
    }
  }

  /** The image tagged {@code ref} (compared normalised, so {@code app:1} finds {@code docker.io/library/app:1}). */
  private static JsonNode pick(JsonNode images, String name, Optional<String> ref) {
    if (ref.isEmpty()) {
      if (images.size() == 1) {
        return images.get(0);
      }
      throw MoatException.invalid("cannot read " + name + ": the archive holds " + images.size()
          + " images; name one as " + name + ":REF");
    }
    String wanted = normalise(ref.get());
    for (JsonNode image : images) {
      for (JsonNode tag : image.path("RepoTags")) {
        if (tag.isTextual() && (tag.asText().equals(ref.get()) || normalise(tag.asText()).equals(wanted))) {
          return image;
        }
      }
    }
    throw MoatException.notFound("cannot read " + name + ": no image tagged '" + ref.get() + "' in the archive");
  }

  private static String normalise(String ref) {
    try {
      return ImageReference.parse(ref).normalized();
    } catch (MoatException e) {
      return ref;
    }
  }

  private static Optional<ImageReference> firstTag(JsonNode image) {
    for (JsonNode tag : image.path("RepoTags")) {
      try {
        return Optional.of(ImageReference.parse(tag.asText()));
      } catch (MoatException e) {
        // A tag Docker would not accept names nothing we can report; skip it.
      }
    }
    return Optional.empty();
  }

  private static Optional<String> digestFromName(String path) {
    Matcher m = DIGEST_NAMED.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    String algorithm = m.group(1) != null ? m.group(1) : m.group(2).length() == 64 ? "sha256" : "sha512";
    return Optional.of(algorithm + ":" + m.group(2));
  }

  private static String text(JsonNode node, String field, String what) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw MoatException.invalid(what + ": the image has no " + field);
    }
    return value.asText();
  }
}
