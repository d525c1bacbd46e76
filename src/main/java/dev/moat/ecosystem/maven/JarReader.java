package dev.moat.ecosystem.maven;

import dev.moat.sbom.Package;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.jar.Manifest;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads the Maven packages of one Java archive, descending into nested archives (Spring Boot
 * {@code BOOT-INF/lib}, {@code WEB-INF/lib}, an ear's {@code lib/}). Each archive is copied once
 * (in memory up to {@value #IN_MEMORY} bytes, else to a temp file), hashing it on the way, and read
 * through its central directory so that only pom.properties, the manifest and nested archives are
 * inflated: jars written with data descriptors (most are) cannot be skipped through without
 * inflating every class file when read as a stream. An archive whose central directory cannot be
 * read (truncated, or shifted by a launch script) is read front to back instead. Not thread-safe.
 */
final class JarReader {

  static final int IN_MEMORY = 512 << 10;
  /**
   * Largest central directory loaded (an object per entry): fat jars hold tens of thousands of
   * entries; beyond this an archive is read front to back, which counts entries as it goes.
   */
  static final long MAX_CENTRAL_DIRECTORY = 100_000;
  /**
   * Largest nested archive copied out of its parent. An outer archive is bounded by its layer; a
   * nested one only by what its parent inflates to, so a small deflated entry could otherwise fill
   * the temp directory. A larger nested archive is skipped like a damaged one.
   */
  static final long MAX_NESTED = 256L << 20;
  private static final int MAX_METADATA_BYTES = 1 << 20;
  private static final int MAX_LAUNCH_SCRIPT = 1 << 16;

  private final ArchiveLimits limits;
  private final Optional<Path> tempDir;
  private final long maxNested;
  private long entries;
  private long inflated;

  JarReader(ArchiveLimits limits) {
    this(limits, Optional.empty());
  }

  /** {@code tempDir} receives copies of archives larger than {@value #IN_MEMORY} bytes. */
  JarReader(ArchiveLimits limits, Optional<Path> tempDir) {
    this(limits, tempDir, MAX_NESTED);
  }

  JarReader(ArchiveLimits limits, Optional<Path> tempDir, long maxNested) {
    this.limits = limits;
    this.tempDir = tempDir;
    this.maxNested = maxNested;
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
    return read(content, path, -1, 0);
  }

  /** As {@link #read(InputStream, String)}, for content of {@code size} bytes. */
  List<Package> read(InputStream content, String path, long size) throws IOException {
    return read(content, path, size, 0);
  }

  /** What one archive holds that names packages, filled entry by entry. */
  private static final class Contents {
    final List<PomProperties> poms = new ArrayList<>();
    final List<Package> nested = new ArrayList<>();
    Optional<Manifest> manifest = Optional.empty();
  }

  private List<Package> read(InputStream raw, String path, long size, int depth) throws IOException {
    long maxBytes = depth == 0 ? Long.MAX_VALUE : maxNested;
    try (SpooledArchive archive = SpooledArchive.copy(raw, size, IN_MEMORY, maxBytes, tempDir)) {
      Contents contents;
      try {
        contents = readCentralDirectory(archive, path, depth);
      } catch (LimitExceeded e) {
        throw e;
      } catch (IOException e) {
        contents = readFrontToBack(archive, path, depth);
      }
      List<Package> packages = new ArrayList<>();
      for (PomProperties coordinates : identify(path, contents.poms, contents.manifest)) {
        packages.add(Package.of("maven", coordinates.name(), coordinates.version(), path)
            .withProperties(Map.of("sha1", archive.sha1())));
      }
      packages.addAll(contents.nested);
      return packages;
    }
  }

  private Contents readCentralDirectory(SpooledArchive archive, String path, int depth) throws IOException {
    try (var channel = archive.channel()) {
      OptionalLong declared = ZipEntryCount.of(channel);
      if (declared.isEmpty() || declared.getAsLong() > Math.min(MAX_CENTRAL_DIRECTORY, limits.maxEntries())) {
        throw new IOException("central directory not read: " + declared);
      }
      try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).setIgnoreLocalFileHeader(true)
          .setUseUnicodeExtraFields(true).get()) {
        return readEntries(zip, path, depth);
      }
    }
  }

  private Contents readEntries(ZipFile zip, String path, int depth) throws IOException {
    Contents contents = new Contents();
    for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
      ZipArchiveEntry entry = all.nextElement();
      countEntry(path);
      if (!entry.isDirectory() && wanted(entry.getName(), depth)) {
        try (InputStream in = zip.getInputStream(entry)) {
          take(contents, entry.getName(), entry.getSize(), new CountingStream(in, this), path, depth);
        }
      }
    }
    return contents;
  }

  private Contents readFrontToBack(SpooledArchive archive, String path, int depth) throws IOException {
    Contents contents = new Contents();
    // Stored entries with a data descriptor are allowed, as some build tools write them.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(skipLaunchScript(new BufferedInputStream(archive.stream())),
        StandardCharsets.UTF_8.name(), true, true)) {
      InputStream counted = new CountingStream(new Unclosable(zip), this);
      for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        countEntry(path);
        if (!entry.isDirectory() && wanted(entry.getName(), depth)) {
          take(contents, entry.getName(), entry.getSize(), counted, path, depth);
        }
      }
    }
    return contents;
  }

  private boolean wanted(String name, int depth) {
    return PomProperties.isPomProperties(name) || name.equalsIgnoreCase("META-INF/MANIFEST.MF")
        || (isArchiveName(name) && depth < limits.maxDepth());
  }

  /** Reads the wanted entry {@code name} from {@code in} into {@code contents}. */
  private void take(Contents contents, String name, long size, InputStream in, String path, int depth)
      throws IOException {
    if (PomProperties.isPomProperties(name)) {
      PomProperties.parse(new String(in.readNBytes(MAX_METADATA_BYTES), StandardCharsets.UTF_8))
          .ifPresent(contents.poms::add);
    } else if (name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
      contents.manifest = parseManifest(in.readNBytes(MAX_METADATA_BYTES));
    } else {
      contents.nested.addAll(readNested(in, path + "!/" + name, size, depth + 1));
    }
  }

  private void countEntry(String path) throws LimitExceeded {
    if (++entries > limits.maxEntries()) {
      throw new LimitExceeded("more than " + limits.maxEntries() + " archive entries in " + path);
    }
  }

  /** A damaged inner archive loses only its own packages; a limit still stops the whole file. */
  private List<Package> readNested(InputStream entry, String path, long size, int depth) throws IOException {
    try {
      return read(new Unclosable(entry), path, size, depth);
    } catch (LimitExceeded e) {
      throw e;
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Every pom.properties names a package (shaded jars carry several). When none of them is the
   * archive's own (the file name says artifact-version and no pom.properties agrees, as in a jar
   * that shades a library but was built without its own pom.properties), the archive itself is
   * named as well, as Trivy does: from the manifest with the file name, else the file name alone,
   * which has no group and is reported as the bare artifact id.
   */
  private static List<PomProperties> identify(String path, List<PomProperties> poms, Optional<Manifest> manifest) {
    ArchiveFileName fileName = ArchiveFileName.of(path);
    List<PomProperties> found = new ArrayList<>(poms.stream().distinct().toList());
    boolean ownFound = found.stream().anyMatch(pom -> pom.matches(fileName));
    if (!found.isEmpty() && (ownFound || fileName.version().isEmpty())) {
      // the pom.properties matching the file name describes the archive itself: list it first
      found.sort(Comparator.comparing((PomProperties pom) -> !pom.matches(fileName)));
      return found;
    }
    Optional<PomProperties> itself = manifest.flatMap(m -> ManifestIdentity.of(m, fileName))
        .or(() -> fileName.version().map(v -> new PomProperties("", fileName.artifactId(), v)));
    itself.filter(own -> !found.contains(own)).ifPresent(own -> found.addFirst(own));
    return found;
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
