package dev.moat.vulndb;

import java.net.URI;
import java.util.Optional;

/**
 * One file an update downloads.
 *
 * @param path where it goes under the downloads directory (and where it is under a mirror):
 *     {@code osv/Go/all.zip}
 * @param url where it is fetched from
 * @param sha256 its expected digest, when a mirror's index gives one
 */
public record FeedFile(String path, URI url, Optional<String> sha256) {
  public FeedFile {
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw dev.moat.MoatException.invalid("feed file path '" + path + "' must be relative and stay inside the cache");
    }
    sha256 = Nulls.optional(sha256);
  }
}
