package dev.moat.image.local;

import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code oci:DIR[:TAG]}: an image in an OCI image layout directory, as umoci and skopeo write it. */
public final class OciLayoutSource {

  private OciLayoutSource() {}

  /** Opens {@code DIR[:TAG]} (the part after {@code oci:}); the image is resolved immediately. */
  public static ImageSource open(String spec, ImageOptions options) {
    String[] parts = OciLayoutResolver.splitSpec(spec);
    String name = "oci:" + spec;
    Path dir = Path.of(parts[0]);
    if (!Files.isDirectory(dir)) {
      throw MoatException.notFound("cannot read " + name + ": no such directory " + parts[0]);
    }
    Optional<String> tag = Optional.ofNullable(parts[1]).filter(t -> !t.isEmpty());
    return OciLayoutResolver.resolve(new DirectoryBlobStore(dir, name), name, tag, options);
  }
}
