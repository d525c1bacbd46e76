/**
 * The OCI Distribution registry client. {@link dev.moat.image.registry.RegistryClient} is the
 * façade; each registry endpoint is one small package-private class ({@code ManifestPuller},
 * {@code BlobPuller}, {@code BlobChecker}, {@code BlobPusher}, {@code ManifestPusher},
 * {@code TagLister}, {@code CatalogLister}) sending through {@code RegistryTransport}, which owns
 * scheme choice, authentication, retries and timeouts.
 *
 * <p>Integrity: a manifest's bytes are hashed (sha256) and must equal the registry's
 * {@code Docker-Content-Digest} header when present, and the requested digest when pulled by
 * digest; blobs are hashed while streamed and fail at end of stream on a mismatch. Only sha256
 * digests are accepted.
 */
package dev.moat.image.registry;
