package dev.moat.image.registry;

import dev.moat.MoatException;
import dev.moat.image.DigestVerifyingInputStream;
import dev.moat.image.Digests;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Streams a blob ({@code GET /v2/<name>/blobs/<digest>}); the stream checks the digest (and the
 * expected size, when known) as it is read and fails at its end on a mismatch.
 */
final class BlobPuller {

  private final RegistryTransport transport;
  private final String repository;
  private final String digest;

  BlobPuller(RegistryTransport transport, String repository, String digest) {
    if (!Digests.isSha256(digest)) {
      throw MoatException.invalid("blob digest '" + digest + "' is not a sha256 digest");
    }
    this.transport = transport;
    this.repository = repository;
    this.digest = digest;
  }

  /**
   * @param expectedSize the size the descriptor promised, or -1 if unknown
   * @param maxBytes refuse a blob longer than this (from Content-Length or while reading)
   */
  InputStream pull(long expectedSize, long maxBytes) {
    String what = "blob " + digest + " of " + transport.registry() + "/" + repository;
    if (expectedSize > maxBytes) {
      throw MoatException.limit(what + " is " + expectedSize + " bytes, over the limit of " + maxBytes);
    }
    RegistryRequest request = RegistryRequest.get("/v2/" + repository + "/blobs/" + digest,
        RegistryRequest.pullScope(repository), repository, Map.of());
    HttpResponse<InputStream> response = transport.send(request);
    if (response.statusCode() != 200) {
      throw Responses.unexpected(response, transport.registry(), what);
    }
    OptionalLong length = Responses.contentLength(response);
    if (length.isPresent() && length.getAsLong() > maxBytes) {
      ErrorBody.summarize(response.body());
      throw MoatException.limit(what + " is " + length.getAsLong() + " bytes, over the limit of " + maxBytes);
    }
    return new DigestVerifyingInputStream(response.body(), digest, expectedSize, maxBytes, what);
  }
}
