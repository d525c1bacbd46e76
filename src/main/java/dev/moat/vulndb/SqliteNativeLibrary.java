package dev.moat.vulndb;

import dev.moat.MoatFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Points sqlite-jdbc at a copy of its native library kept in Moat's cache. Left alone, sqlite-jdbc
 * extracts the library from the jar into the temp directory on every start and compares it byte by
 * byte, which cost ~0.1 s of every {@code moat scan}. The copy is written once per sqlite-jdbc
 * version and platform, through a temp file renamed into place; if anything fails (a read-only or
 * noexec cache), sqlite-jdbc falls back to its own extraction.
 */
final class SqliteNativeLibrary {

  private static final AtomicBoolean CONFIGURED = new AtomicBoolean();

  private SqliteNativeLibrary() {}

  /** Uses (and if needed writes) the cached copy under {@code cacheRoot}; only the first call acts. */
  static void useCachedCopy(Path cacheRoot) {
    if (!CONFIGURED.compareAndSet(false, true) || System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    String name = LibraryLoaderUtil.getNativeLibName();
    URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
    if (resource == null) {
      return; // no bundled library for this platform: sqlite-jdbc reports that itself
    }
    Path dir = cacheRoot.resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
        .resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
    Path library = dir.resolve(name);
    try {
      URLConnection connection = resource.openConnection();
      if (!Files.isRegularFile(library) || Files.size(library) != connection.getContentLengthLong()) {
        write(connection, dir, library);
      }
      System.setProperty("org.sqlite.lib.path", dir.toString());
      System.setProperty("org.sqlite.lib.name", name);
    } catch (IOException | RuntimeException e) {
      // sqlite-jdbc extracts into the temp directory as usual
    }
  }

  private static void write(URLConnection connection, Path dir, Path library) throws IOException {
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + library.getFileName(), ".tmp");
    try {
      try (InputStream in = connection.getInputStream()) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      MoatFiles.replace(temp, library);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
