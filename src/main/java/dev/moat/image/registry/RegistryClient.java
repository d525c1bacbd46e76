package dev.moat.image.registry;

import dev.moat.MoatException;
import dev.moat.image.Digests;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A client for one OCI Distribution registry: pull and push manifests and blobs, list tags and
 * repositories. TLS, credentials, token auth, retries and size bounds come from {@link ImageOptions};
 * every manifest and blob is checked against its digest.
 */
public final class RegistryClient implements AutoCloseable {

  /** Distribution's default page size for tag and catalog listings. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final RegistryTransport transport;

  private RegistryClient(RegistryTransport transport) {
    this.transport = transport;
  }

  /** A client for {@code registry} as named in references ({@code docker.io}, {@code host:5000}). */
  public static RegistryClient open(String registry, ImageOptions options) {
    return open(registry, options, System.getenv());
  }

  /**
   * As {@link #open(String, ImageOptions)}, reading {@code HOME}, {@code DOCKER_CONFIG},
   * {@code REGISTRY_AUTH_FILE}, {@code XDG_RUNTIME_DIR} and {@code PATH} (for credential helpers)
   * from {@code environment} instead of the process environment.
   */
  public static RegistryClient open(String registry, ImageOptions options, Map<String, String> environment) {
    // Docker Hub is named docker.io (or index.docker.io) but serves the API from registry-1.docker.io.
    String apiHost = registry.equals(ImageReference.DOCKER_HUB) || registry.equals("index.docker.io")
        ? "registry-1.docker.io" : registry;
    return new RegistryClient(new RegistryTransport(registry, apiHost, options, environment));
  }

  /** The tag cosign stores a signature for {@code sha256:<hex>} under: {@code sha256-<hex>.sig}. */
  public static String signatureTag(String manifestDigest) {
    return manifestDigest.replace(':', '-') + ".sig";
  }

  public String registry() {
    return transport.registry();
  }

  /** The manifest or index at a tag or digest, digest-verified. */
  public RegistryManifest pullManifest(String repository, String tagOrDigest) {
    return new ManifestPuller(transport, repository, tagOrDigest).pull();
  }

  /**
   * The manifest at a tag or digest if there is one: empty on 404, as when looking for an optional
   * artifact such as a signature tag ({@link #signatureTag}).
   */
  public Optional<RegistryManifest> findManifest(String repository, String tagOrDigest) {
    return new ManifestPuller(transport, repository, tagOrDigest).find();
  }

  /** Pushes a manifest under a tag (or its digest); returns its digest. */
  public String pushManifest(String repository, String tagOrDigest, String mediaType, byte[] bytes) {
    return new ManifestPusher(transport, repository, tagOrDigest).push(mediaType, bytes);
  }

  /** The blob's size if the repository has it (-1 when the registry does not say). */
  public Optional<Long> checkBlob(String repository, String digest) {
    return new BlobChecker(transport, repository, digest).check();
  }

  /**
   * Streams a blob, verified while read against {@code digest} and {@code expectedSize} (-1 if
   * unknown); a mismatch throws from the read that reaches the end. Close the stream.
   */
  public InputStream pullBlob(String repository, String digest, long expectedSize, long maxBytes) {
    return new BlobPuller(transport, repository, digest).pull(expectedSize, maxBytes);
  }

  /** A small blob (config, signature payload) read whole, verified, bounded by {@code maxBytes}. */
  public byte[] pullBlobBytes(String repository, String digest, long expectedSize, long maxBytes) {
    try (InputStream in = pullBlob(repository, digest, expectedSize, maxBytes)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new MoatException(MoatException.Kind.NETWORK, "cannot read blob " + digest + " from "
          + registry() + "/" + repository + ": " + e.getMessage(), e);
    }
  }

  /**
   * Uploads a blob unless the repository already has it, trying a cross-repository mount from
   * {@code mountFrom} first when given.
   *
   * @param content opens the blob's bytes afresh (called again on retry)
   */
  public void pushBlob(String repository, String digest, long size, Supplier<InputStream> content,
      Optional<String> mountFrom) {
    if (!Digests.isSha256(digest)) {
      throw MoatException.invalid("blob digest '" + digest + "' is not a sha256 digest");
    }
    if (checkBlob(repository, digest).isPresent()) {
      return;
    }
    new BlobPusher(transport, repository, digest).push(size, content, mountFrom);
  }

  /** Uploads a small in-memory blob; returns its digest. */
  public String pushBlob(String repository, byte[] bytes) {
    String digest = Digests.sha256(bytes);
    byte[] copy = bytes.clone();
    pushBlob(repository, digest, copy.length, () -> new ByteArrayInputStream(copy), Optional.empty());
    return digest;
  }

  /** Asks the registry to mount a blob from another repository; false if it would not. */
  public boolean mountBlob(String repository, String digest, String fromRepository) {
    return new BlobPusher(transport, repository, digest).mount(fromRepository);
  }

  public List<String> listTags(String repository) {
    return listTags(repository, DEFAULT_PAGE_SIZE);
  }

  public List<String> listTags(String repository, int pageSize) {
    return new TagLister(transport, repository, pageSize).list();
  }

  public List<String> listRepositories() {
    return listRepositories(DEFAULT_PAGE_SIZE);
  }

  public List<String> listRepositories(int pageSize) {
    return new CatalogLister(transport, pageSize).list();
  }

  @Override
  public void close() {
    transport.close();
  }
}
