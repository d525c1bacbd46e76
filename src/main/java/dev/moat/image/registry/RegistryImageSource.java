package dev.moat.image.registry;

import dev.moat.MoatException;
import dev.moat.image.ConfigParser;
import dev.moat.image.Descriptor;
import dev.moat.image.Image;
import dev.moat.image.ImageConfig;
import dev.moat.image.ImageIndex;
import dev.moat.image.ImageManifest;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageReference;
import dev.moat.image.ImageSource;
import dev.moat.image.Layer;
import dev.moat.image.ManifestParser;
import java.io.InputStream;
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
      image = resolve();
    }
    return image;
  }

  /** Errors from the shared parsers carry {@link #context()} already; only the client's need it added. */
  private Image resolve() {
    RegistryManifest manifest = pullManifest(reference.manifestReference());
    ManifestParser.Parsed parsed = parse(manifest);
    Optional<String> indexDigest = Optional.empty();
    if (parsed instanceof ImageIndex index) {
      Descriptor chosen = index.select(options.platform(), context());
      indexDigest = Optional.of(manifest.digest());
      manifest = pullManifest(chosen.digest());
      parsed = parse(manifest);
    }
    if (!(parsed instanceof ImageManifest imageManifest)) {
      throw MoatException.invalid(context() + ": index entry " + manifest.digest() + " for " + options.platform()
          + " is " + parsed.mediaType() + ", not an image manifest");
    }
    Descriptor configBlob = imageManifest.config();
    ImageConfig config = ConfigParser.parse(pullConfig(configBlob), context() + ": config " + configBlob.digest());
    return imageManifest.toImage(reference.normalized(), Optional.of(reference), Optional.of(manifest.digest()),
        indexDigest, config);
  }

  private RegistryManifest pullManifest(String tagOrDigest) {
    try {
      return client.pullManifest(reference.repository(), tagOrDigest);
    } catch (MoatException e) {
      throw e.withContext(context());
    }
  }

  private ManifestParser.Parsed parse(RegistryManifest manifest) {
    return ManifestParser.parse(manifest.bytes(), Optional.of(manifest.mediaType()),
        context() + ": manifest " + manifest.digest());
  }

  private byte[] pullConfig(Descriptor configBlob) {
    long maxConfig = options.limits().maxConfigBytes();
    if (configBlob.size() > maxConfig) {
      throw MoatException.limit(context() + ": config " + configBlob.digest() + " is " + configBlob.size()
          + " bytes, over the limit of " + maxConfig);
    }
    try {
      return client.pullBlobBytes(reference.repository(), configBlob.digest(), configBlob.size(), maxConfig);
    } catch (MoatException e) {
      throw e.withContext(context());
    }
  }

  private String context() {
    return "cannot read image " + reference;
  }

  @Override
  public InputStream openLayer(Layer layer) {
    // Compressed bytes are bounded by the uncompressed limit: compression never makes data larger
    // by more than a few bytes per block, and the decompressing reader enforces the real bound.
    try {
      return client.pullBlob(reference.repository(), layer.blob().digest(), layer.blob().size(),
          options.limits().maxLayerBytes());
    } catch (MoatException e) {
      throw e.withContext(context());
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
