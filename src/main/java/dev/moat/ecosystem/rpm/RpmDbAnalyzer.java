package dev.moat.ecosystem.rpm;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports the packages and files rpm installed, from any of its three database formats, under
 * {@code /var/lib/rpm/} or {@code /usr/lib/sysimage/rpm/} (SUSE, Fedora 36+): Berkeley DB
 * {@code Packages}, NDB {@code Packages.db} and SQLite {@code rpmdb.sqlite}. The databases need
 * random access, so each is first copied to the analyzer's temporary directory.
 */
public final class RpmDbAnalyzer implements FileAnalyzer {

  static final String VAR_LIB = "/var/lib/rpm/";
  static final String SYSIMAGE = "/usr/lib/sysimage/rpm/";
  /** A database larger than this is not a real image's; rpm databases of big hosts are ~200 MB. */
  static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

  /** rpm's public-key pseudo packages are not software. */
  private static final String GPG_PUBKEY = "gpg-pubkey";

  /** Database formats, told apart by file name. */
  enum Format { BERKELEY_DB, NDB, SQLITE }

  @Override
  public String name() {
    return "rpm";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_BYTES && format(path).isPresent();
  }

  static Optional<Format> format(String path) {
    int nameStart;
    if (path.startsWith(VAR_LIB)) {
      nameStart = VAR_LIB.length();
    } else if (path.startsWith(SYSIMAGE)) {
      nameStart = SYSIMAGE.length();
    } else {
      return Optional.empty();
    }
    int nameLength = path.length() - nameStart;
    if (nameLength == 8 && path.startsWith("Packages", nameStart)) {
      return Optional.of(Format.BERKELEY_DB);
    }
    if (nameLength == 11 && path.startsWith("Packages.db", nameStart)) {
      return Optional.of(Format.NDB);
    }
    if (nameLength == 12 && path.startsWith("rpmdb.sqlite", nameStart)) {
      return Optional.of(Format.SQLITE);
    }
    return Optional.empty();
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    Format format = format(file.path()).orElseThrow(() -> new IOException("not an rpm database path"));
    Path copy = Files.createTempFile(file.tempDir(), "rpmdb", ".db");
    try {
      copyBounded(file.content(), copy);
      List<Package> packages = new ArrayList<>();
      List<String> owned = new ArrayList<>();
      HeaderBlobSink sink = blob -> {
        RpmHeader header = RpmHeaderParser.parse(blob);
        if (!header.name().equals(GPG_PUBKEY)) {
          packages.add(header.toPackage(file.path()));
          owned.addAll(header.files());
        }
      };
      switch (format) {
        case BERKELEY_DB -> BerkeleyDbReader.read(copy, sink);
        case NDB -> NdbReader.read(copy, sink);
        case SQLITE -> SqliteRpmReader.read(copy, sink);
      }
      return new FileFindings(packages, Optional.empty(), 0, owned);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static void copyBounded(InputStream in, Path target) throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      long copied = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        copied += n;
        if (copied > MAX_BYTES) {
          throw new IOException("rpm database is larger than " + MAX_BYTES + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
  }
}
