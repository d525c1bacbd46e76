package dev.moat.image.local;

import dev.moat.MoatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Files of an OCI layout directory. Paths come from validated digests, so they stay inside it. */
final class DirectoryBlobStore implements BlobStore {

  private final Path root;
  private final String name;

  DirectoryBlobStore(Path root, String name) {
    this.root = root;
    this.name = name;
  }

  @Override
  public Optional<InputStream> open(String path) {
    Path file = root.resolve(path);
    try {
      return Optional.of(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw MoatException.invalid("cannot read " + name + ": " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Long> size(String path) {
    Path file = root.resolve(path);
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file)
          ? Optional.of(Files.size(file)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {}
}
