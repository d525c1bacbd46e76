package dev.moat.image.registry;

import dev.moat.MoatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.OptionalLong;

/** What every endpoint does with a response it did not expect, and bounded body reads. */
final class Responses {

  private Responses() {}

  /** A failure for a status the endpoint cannot handle; 404 becomes {@code NOT_FOUND}. */
  static MoatException unexpected(HttpResponse<InputStream> response, String registry, String action) {
    int status = response.statusCode();
    String summary = ErrorBody.summarize(response.body());
    String detail = HttpStatus.describe(status) + (summary.isEmpty() ? "" : " (" + summary + ")");
    if (status == 404) {
      return MoatException.notFound(action + ": not found: " + detail);
    }
    return new MoatException(MoatException.Kind.NETWORK, "registry " + registry + " answered " + detail + " to "
        + action);
  }

  static OptionalLong contentLength(HttpResponse<?> response) {
    return response.headers().firstValueAsLong("Content-Length");
  }

  /** Reads the whole body if it fits in {@code max} bytes, else fails with {@code LIMIT_EXCEEDED}. */
  static byte[] readBounded(HttpResponse<InputStream> response, long max, String what) {
    OptionalLong length = contentLength(response);
    if (length.isPresent() && length.getAsLong() > max) {
      ErrorBody.summarize(response.body());
      throw MoatException.limit(what + " is " + length.getAsLong() + " bytes, over the limit of " + max);
    }
    try (InputStream body = response.body()) {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw MoatException.limit(what + " is over the limit of " + max + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new MoatException(MoatException.Kind.NETWORK, "cannot read " + what + ": " + e.getMessage(), e);
    }
  }
}
