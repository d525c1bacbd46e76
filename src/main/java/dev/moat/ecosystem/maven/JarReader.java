package dev.moat.ecosystem.maven;

import dev.moat.sbom.Package;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Manifest;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Reads the Maven packages of one Java archive as a single forward stream, descending into nested
 * archives (Spring Boot {@code BOOT-INF/lib}, {@code WEB-INF/lib}, an ear's {@code lib/}) without
 * temporary files, and computing each archive's SHA-1 on the way. Not thread-safe: one per file.
 */
final class JarReader {

  private static final int MAX_METADATA_BYTES = 1 << 20;
  private static final int MAX_LAUNCH_SCRIPT = 1 << 16;

  private final ArchiveLimits limits;
  private long entries;
  private long inflated;

  JarReader(ArchiveLimits limits) {
    this.limits = limits;
  }

  /** Whether {@code name} (a path or entry name) names a Java archive, ignoring case. */
  static boolean isArchiveName(String name) {
    int n = name.length();
    return n > 4 && name.charAt(n - 4) == '.'
        && (endsWith(name, "jar") || endsWith(name, "war") || endsWith(name, "ear")
            || endsWith(name, "par") || endsWith(name, "jpi") || endsWith(name, "hpi"));
  }

  private static boolean endsWith(String name, String ext) {
    return name.regionMatches(true, name.length() - 3, ext, 0, 3);
  }

  /** The packages of the archive at {@code path} whose bytes {@code content} streams. */
  List<Package> read(InputStream content, String path) throws IOException {
    return read(content, path, 0);
  }

  private List<Package> read(InputStream raw, String path, int depth) throws IOException {
    DigestInputStream digesting = new DigestInputStream(new Unclosable(raw), sha1());
    // commons-compress skips the entries it is not asked for without inflating them (the JDK's
    // ZipInputStream inflates every class file to reach the next entry); stored entries with a
    // data descriptor are allowed, as some build tools write them.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(skipLaunchScript(new BufferedInputStream(digesting)),
        StandardCharsets.UTF_8.name(), true, true)) {
      return read(zip, digesting, path, depth);
    }
  }

  private List<Package> read(ZipArchiveInputStream zip, DigestInputStream digesting, String path, int depth)
      throws IOException {
    InputStream counted = new CountingStream(new Unclosable(zip), this);
    List<PomProperties> poms = new ArrayList<>();
    List<Package> nested = new ArrayList<>();
    Optional<Manifest> manifest = Optional.empty();
    for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      if (++entries > limits.maxEntries()) {
        throw new LimitExceeded("more than " + limits.maxEntries() + " archive entries in " + path);
      }
      String name = entry.getName();
      if (entry.isDirectory()) {
        continue;
      }
      if (PomProperties.isPomProperties(name)) {
        PomProperties.parse(new String(counted.readNBytes(MAX_METADATA_BYTES), StandardCharsets.UTF_8))
            .ifPresent(poms::add);
      } else if (name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
        manifest = parseManifest(counted.readNBytes(MAX_METADATA_BYTES));
      } else if (isArchiveName(name) && depth < limits.maxDepth()) {
        nested.addAll(readNested(counted, path + "!/" + name, depth + 1));
      }
      // What is left of the entry is skipped by getNextEntry without inflating it; what Moat did
      // inflate (metadata, nested archives) went through the counted stream and its limits.
    }
    digesting.transferTo(OutputStream.nullOutputStream());
    String sha1 = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    List<Package> packages = new ArrayList<>();
    for (PomProperties coordinates : identify(path, poms, manifest)) {
      packages.add(Package.of("maven", coordinates.name(), coordinates.version(), path)
          .withProperties(Map.of("sha1", sha1)));
    }
    packages.addAll(nested);
    return packages;
  }

  /** A damaged inner archive loses only its own packages; a limit still stops the whole file. */
  private List<Package> readNested(InputStream entry, String path, int depth) throws IOException {
    try {
      return read(entry, path, depth);
    } catch (LimitExceeded e) {
      throw e;
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Every pom.properties names a package (shaded jars carry several). Only when there is none does
   * the manifest with the file name, then the file name alone, name the archive itself; a name from
   * the file name alone has no group and is reported as the bare artifact id.
   */
  private static List<PomProperties> identify(String path, List<PomProperties> poms, Optional<Manifest> manifest) {
    ArchiveFileName fileName = ArchiveFileName.of(path);
    if (!poms.isEmpty()) {
      // the pom.properties matching the file name describes the archive itself: list it first
      return poms.stream().distinct()
          .sorted(Comparator.comparing((PomProperties pom) -> !pom.matches(fileName)))
          .toList();
    }
    Optional<PomProperties> fromManifest = manifest.flatMap(m -> ManifestIdentity.of(m, fileName));
    if (fromManifest.isPresent()) {
      return List.of(fromManifest.get());
    }
    return fileName.version().map(v -> new PomProperties("", fileName.artifactId(), v)).stream().toList();
  }

  /**
   * Spring Boot's "fully executable" jars start with a shell script: a zip reader that streams
   * from the front must skip to the first local file header ({@code PK\3\4}) itself.
   */
  private static InputStream skipLaunchScript(BufferedInputStream in) throws IOException {
    in.mark(MAX_LAUNCH_SCRIPT);
    byte[] head = in.readNBytes(MAX_LAUNCH_SCRIPT);
    in.reset();
    for (int i = 0; i + 3 < head.length; i++) {
      if (head[i] == 'P' && head[i + 1] == 'K' && head[i + 2] == 3 && head[i + 3] == 4) {
        in.skipNBytes(i);
        return in;
      }
    }
    return in;
  }

  private static Optional<Manifest> parseManifest(byte[] bytes) {
    try {
      return Optional.of(new Manifest(new ByteArrayInputStream(bytes)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void countInflated(long n) throws IOException {
    inflated += n;
    if (inflated > limits.maxInflatedBytes()) {
      throw new LimitExceeded("archive inflates to more than " + limits.maxInflatedBytes() + " bytes");
    }
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  /** A bound of {@link ArchiveLimits} was crossed: the archive is a bomb or beyond what we read. */
  static final class LimitExceeded extends IOException {
    LimitExceeded(String message) {
      super(message);
    }
  }

  /** Counts the bytes inflated from entries against the limits. */
  private static final class CountingStream extends FilterInputStream {
    private final JarReader owner;

    CountingStream(InputStream in, JarReader owner) {
      super(in);
      this.owner = owner;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        owner.countInflated(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        owner.countInflated(n);
      }
      return n;
    }
  }

  /** Keeps a nested reader from closing the entry stream it reads from. */
  private static final class Unclosable extends FilterInputStream {
    Unclosable(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
