package dev.moat.image;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds small layer tars and in-memory images for tests of the layer readers. */
public final class TestLayers {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final TarArchiveOutputStream tar;

  public TestLayers() {
    tar = new TarArchiveOutputStream(bytes, 512, StandardCharsets.UTF_8.name());
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
  }

  public TestLayers file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  public TestLayers file(String name, byte[] content) {
    TarArchiveEntry e = new TarArchiveEntry(name, true);
    e.setSize(content.length);
    e.setMode(0644);
    return put(e, content);
  }

  public TestLayers dir(String name) {
    TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/", true);
    e.setMode(0755);
    return put(e, new byte[0]);
  }

  public TestLayers symlink(String name, String target) {
    return link(name, target, TarConstants.LF_SYMLINK);
  }

  public TestLayers hardlink(String name, String target) {
    return link(name, target, TarConstants.LF_LINK);
  }

  public TestLayers special(String name, byte type) {
    TarArchiveEntry e = new TarArchiveEntry(name, type, true);
    return put(e, new byte[0]);
  }

  private TestLayers link(String name, String target, byte type) {
    TarArchiveEntry e = new TarArchiveEntry(name, type, true);
    e.setLinkName(target);
    return put(e, new byte[0]);
  }

  private TestLayers put(TarArchiveEntry e, byte[] content) {
    try {
      tar.putArchiveEntry(e);
      tar.write(content);
      tar.closeArchiveEntry();
      return this;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The finished tar, with its end-of-archive footer. */
  public byte[] tar() {
    try {
      tar.close();
      return bytes.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The tar without its two-block footer, as umoci 0.4.7 writes layers. */
  public byte[] tarWithoutFooter() {
    byte[] full = tar();
    return Arrays.copyOf(full, full.length - 1024);
  }

  public static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  public static byte[] zstd(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZstdOutputStream z = new ZstdOutputStream(out)) {
      z.write(data);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  /** An image of one layer whose blob is {@code blob} and whose diffID is the sha256 of {@code tar}. */
  public static ImageSource source(byte[] blob, String mediaType, byte[] tar) {
    return source(blob, mediaType, Digests.sha256(tar));
  }

  public static ImageSource source(byte[] blob, String mediaType, String diffId) {
    Descriptor descriptor = Descriptor.of(mediaType, Digests.sha256(blob), blob.length);
    Layer layer = new Layer(0, descriptor, diffId);
    ImageConfig config = new ImageConfig("linux", "amd64", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of(), Map.of(), List.of(diffId));
    Image image = new Image("test:image", Optional.empty(), Optional.empty(), Optional.empty(),
        "application/vnd.oci.image.manifest.v1+json", Descriptor.of("application/vnd.oci.image.config.v1+json",
            Digests.sha256(new byte[0]), 0), config, List.of(layer));
    return new ImageSource() {
      @Override
      public Image image() {
        return image;
      }

      @Override
      public InputStream openLayer(Layer l) {
        return new DigestVerifyingInputStream(new ByteArrayInputStream(blob), l.blob().digest(), l.blob().size(),
            "cannot read test:image: layer " + l.blob().digest());
      }

      @Override
      public void close() {}
    };
  }

  public static final String TAR = "application/vnd.oci.image.layer.v1.tar";
  public static final String GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
  public static final String ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd";
  public static final String UNKNOWN = null;
}
