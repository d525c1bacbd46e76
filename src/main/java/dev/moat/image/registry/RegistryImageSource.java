package dev.moat.image.registry;

import dev.moat.MoatException;
import dev.moat.image.Descriptor;
import dev.moat.image.Image;
import dev.moat.image.ImageConfig;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageReference;
import dev.moat.image.ImageSource;
import dev.moat.image.Layer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image read from a registry: the manifest at the reference (resolved through an index or
 * manifest list to {@link ImageOptions#platform()}), its config, and its layers streamed on demand,
 * all digest-verified.
 */
public final class RegistryImageSource implements ImageSource {

  private final ImageReference reference;
  private final ImageOptions options;
  private final RegistryClient client;
  private Image image;

  private RegistryImageSource(ImageReference reference, ImageOptions options, RegistryClient client) {
    this.reference = reference;
    this.options = options;
    this.client = client;
  }

  public static ImageSource open(ImageReference reference, ImageOptions options) {
    return open(reference, options, System.getenv());
  }

  /** As {@link #open(ImageReference, ImageOptions)} with credentials looked up in {@code environment}. */
  public static ImageSource open(ImageReference reference, ImageOptions options, Map<String, String> environment) {
    return new RegistryImageSource(reference, options, RegistryClient.open(reference.registry(), options, environment));
  }

  @Override
  public synchronized Image image() {
    if (image == null) {
      try {
        image = resolve();
      } catch (MoatException e) {
        throw e.withContext("cannot read image " + reference);
      }
    }
    return image;
  }

  private Image resolve() {
    String repository = reference.repository();
    RegistryManifest top = client.pullManifest(repository, reference.manifestReference());
    Optional<String> indexDigest = Optional.empty();
    RegistryManifest manifest = top;
    if (top.isIndex()) {
      Descriptor chosen = choose(ManifestParser.index(top.bytes(), reference.toString()));
      indexDigest = Optional.of(top.digest());
      manifest = client.pullManifest(repository, chosen.digest());
      if (!MediaTypes.isManifest(manifest.mediaType())) {
        throw MoatException.invalid("index entry " + chosen.digest() + " for " + options.platform()
            + " is " + manifest.mediaType() + ", not an image manifest");
      }
    }
    ManifestParser.ImageManifest parsed = ManifestParser.manifest(manifest.bytes(), reference.toString());
    Descriptor configBlob = parsed.config();
    long maxConfig = options.limits().maxConfigBytes();
    if (configBlob.size() > maxConfig) {
      throw MoatException.limit("config " + configBlob.digest() + " is " + configBlob.size()
          + " bytes, over the limit of " + maxConfig);
    }
    byte[] configBytes = client.pullBlobBytes(repository, configBlob.digest(), configBlob.size(), maxConfig);
    ImageConfig config = ConfigParser.parse(configBytes, configBlob.digest());
    if (config.diffIds().size() != parsed.layers().size()) {
      throw MoatException.invalid("manifest " + manifest.digest() + " lists " + parsed.layers().size()
          + " layers but its config has " + config.diffIds().size() + " diff_ids");
    }
    List<Layer> layers = new ArrayList<>();
    for (int i = 0; i < parsed.layers().size(); i++) {
      layers.add(new Layer(i, parsed.layers().get(i), config.diffIds().get(i)));
    }
    return new Image(reference.normalized(), Optional.of(reference), Optional.of(manifest.digest()), indexDigest,
        manifest.mediaType(), configBlob, config, layers);
  }

  /** The first image manifest whose platform the requested one accepts, as containerd picks. */
  private Descriptor choose(List<Descriptor> entries) {
    for (Descriptor entry : entries) {
      if (entry.platform().isPresent() && options.platform().accepts(entry.platform().get())
          && MediaTypes.isManifest(entry.mediaType())) {
        return entry;
      }
    }
    List<String> available = entries.stream().flatMap(e -> e.platform().stream()).map(Object::toString)
        .filter(p -> !p.equals("unknown/unknown")).distinct().toList();
    throw MoatException.notFound("no image for platform " + options.platform() + " (available: "
        + (available.isEmpty() ? "none" : String.join(", ", available)) + ")");
  }

  @Override
  public InputStream openLayer(Layer layer) {
    // Compressed bytes are bounded by the uncompressed limit: compression never makes data larger
    // by more than a few bytes per block, and the decompressing reader enforces the real bound.
    try {
      return client.pullBlob(reference.repository(), layer.blob().digest(), layer.blob().size(),
          options.limits().maxLayerBytes());
    } catch (MoatException e) {
      throw e.withContext("cannot read image " + reference);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
