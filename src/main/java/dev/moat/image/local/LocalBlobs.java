package dev.moat.image.local;

import dev.moat.MoatException;
import dev.moat.image.Descriptor;
import dev.moat.image.DigestVerifyingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads digest-addressed blobs of a local image: small documents bounded in memory, layers as streams. */
final class LocalBlobs {

  private final BlobStore store;
  private final String name;

  /** {@code name} is the image as the user named it ({@code oci:/x:app}), for errors. */
  LocalBlobs(BlobStore store, String name) {
    this.store = store;
    this.name = name;
  }

  /** The OCI layout path of a blob: {@code blobs/ALG/HEX}. */
  static String blobPath(String digest) {
    int colon = digest.indexOf(':');
    return "blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1);
  }

  /** A manifest, index or config: at most {@code max} bytes, verified against its digest. */
  byte[] readDocument(Descriptor descriptor, String kind, long max) {
    String what = "cannot read " + name + ": " + kind + " " + descriptor.digest();
    if (descriptor.size() > max) {
      throw MoatException.limit(what + " is " + descriptor.size() + " bytes, more than the limit of " + max);
    }
    return readFile(blobPath(descriptor.digest()), descriptor, what, max);
  }

  /** A file read whole, at most {@code max} bytes; verified when {@code descriptor} is given. */
  byte[] readFile(String path, Descriptor descriptor, String what, long max) {
    long size = store.size(path).orElseThrow(() -> MoatException.notFound(what + " is missing from the image"));
    if (size > max) {
      throw MoatException.limit(what + " is " + size + " bytes, more than the limit of " + max);
    }
    try (InputStream in = descriptor == null ? open(path, what) : open(path, descriptor, what)) {
      return in.readNBytes((int) max + 1);
    } catch (IOException e) {
      throw MoatException.invalid(what + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The blob at {@code path}, verified against {@code descriptor}'s digest and size while read. */
  InputStream open(String path, Descriptor descriptor, String what) {
    return new DigestVerifyingInputStream(open(path, what), descriptor.digest(), descriptor.size(), what);
  }

  Optional<Long> size(String path) {
    return store.size(path);
  }

  private InputStream open(String path, String what) {
    try {
      return store.open(path).orElseThrow(() -> MoatException.notFound(what + " is missing from the image"));
    } catch (UncheckedIOException e) {
      throw MoatException.invalid(what + " cannot be read: " + e.getMessage(), e);
    }
  }

  String name() {
    return name;
  }
}
