package dev.moat.image.local;

import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code oci-archive:FILE[:TAG]}: an OCI image layout packed in a tar. Blobs are read in place from
 * their offsets in the archive; nothing is extracted to disk.
 */
public final class OciArchiveSource {

  private OciArchiveSource() {}

  /** Opens {@code FILE[:TAG]} (the part after {@code oci-archive:}); the image is resolved immediately. */
  public static ImageSource open(String spec, ImageOptions options) {
    String[] parts = OciLayoutResolver.splitSpec(spec);
    String name = "oci-archive:" + spec;
    Path file = Path.of(parts[0]);
    if (!Files.isRegularFile(file)) {
      throw MoatException.notFound("cannot read " + name + ": no such file " + parts[0]);
    }
    Optional<String> tag = Optional.ofNullable(parts[1]).filter(t -> !t.isEmpty());
    return OciLayoutResolver.resolve(new TarBlobStore(file, name), name, tag, options);
  }
}
