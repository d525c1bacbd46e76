package dev.moat.vulndb;

import dev.moat.MoatDirectories;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;

/**
 * Writes a new database file in one transaction with batched prepared statements. Not thread-safe:
 * the builder's single writer thread owns it.
 */
final class DatabaseWriter implements AutoCloseable {

  private static final int BATCH = 2000;

  private final Connection connection;
  private final PreparedStatement insertAdvisory;
  private final PreparedStatement insertAffected;
  private final PreparedStatement insertAlias;
  private final PreparedStatement insertKev;
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Long> sourceRecords = new HashMap<>();
  private final Map<String, Integer> sourceIds = new HashMap<>();
  private long nextAdvisoryId = 1;
  private int pending;

  DatabaseWriter(Path file) throws SQLException {
    SqliteNativeLibrary.useCachedCopy(MoatDirectories.cacheRoot());
    connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = connection.createStatement()) {
      // A temporary file that is renamed only when complete: journal-less and unsynced writes are
      // safe here, and make the bulk load several times faster.
      s.execute("PRAGMA journal_mode=OFF");
      s.execute("PRAGMA synchronous=OFF");
      s.execute("PRAGMA page_size=8192");
    }
    Schema.create(connection);
    connection.setAutoCommit(false);
    insertAdvisory = connection.prepareStatement("INSERT INTO advisory (id, vuln_id, source_id, doc) VALUES (?, ?, ?, ?)");
    insertAffected = connection.prepareStatement("INSERT INTO affected (advisory_id, ecosystem, name, doc) VALUES (?, ?, ?, ?)");
    insertAlias = connection.prepareStatement("INSERT INTO alias (name, advisory_id) VALUES (?, ?)");
    insertKev = connection.prepareStatement("INSERT OR REPLACE INTO kev (cve, date_added, ransomware) VALUES (?, ?, ?)");
  }

  void advisory(Source source, Advisory advisory) throws SQLException {
    long id = nextAdvisoryId++;
    insertAdvisory.setLong(1, id);
    insertAdvisory.setString(2, advisory.id());
    insertAdvisory.setInt(3, sourceId(source));
    insertAdvisory.setBytes(4, AdvisoryCodec.header(advisory));
    insertAdvisory.addBatch();
    Map<List<String>, List<Affected>> byPackage = new LinkedHashMap<>();
    for (Affected a : advisory.affected()) {
      byPackage.computeIfAbsent(List.of(a.ecosystem(), a.name()), k -> new ArrayList<>()).add(a);
    }
    for (Map.Entry<List<String>, List<Affected>> e : byPackage.entrySet()) {
      insertAffected.setLong(1, id);
      insertAffected.setString(2, e.getKey().get(0));
      insertAffected.setString(3, e.getKey().get(1));
      insertAffected.setBytes(4, AdvisoryCodec.affected(e.getValue()));
      insertAffected.addBatch();
    }
    for (String name : advisory.allIds()) {
      insertAlias.setString(1, name);
      insertAlias.setLong(2, id);
      insertAlias.addBatch();
    }
    sourceRecords.merge(source.name(), 1L, Long::sum);
    flushIfFull();
  }

  void knownExploited(Source source, KnownExploited entry) throws SQLException {
    sourceId(source);
    insertKev.setString(1, entry.cve());
    insertKev.setString(2, entry.dateAdded().orElse(null));
    insertKev.setInt(3, entry.ransomware() ? 1 : 0);
    insertKev.addBatch();
    sourceRecords.merge(source.name(), 1L, Long::sum);
    flushIfFull();
  }

  long advisoryCount() {
    return nextAdvisoryId - 1;
  }

  /** Flushes, writes sources and meta, indexes and commits. */
  void finish(Instant builtAt) throws SQLException {
    flush();
    try (PreparedStatement src = connection.prepareStatement("UPDATE source SET records = ? WHERE name = ?");
         PreparedStatement meta = connection.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
      for (String name : sources.keySet()) {
        src.setLong(1, sourceRecords.getOrDefault(name, 0L));
        src.setString(2, name);
        src.executeUpdate();
      }
      meta.setString(1, "schema_version");
      meta.setString(2, Integer.toString(Schema.VERSION));
      meta.executeUpdate();
      meta.setString(1, "built_at");
      meta.setString(2, builtAt.toString());
      meta.executeUpdate();
    }
    Schema.index(connection);
    connection.commit();
    try (Statement s = connection.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  private int sourceId(Source source) throws SQLException {
    Integer id = sourceIds.get(source.name());
    if (id != null) {
      return id;
    }
    int newId = sourceIds.size() + 1;
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO source (id, name, url, license) VALUES (?, ?, ?, ?)")) {
      ps.setInt(1, newId);
      ps.setString(2, source.name());
      ps.setString(3, source.url());
      ps.setString(4, source.license());
      ps.executeUpdate();
    }
    sources.put(source.name(), source);
    sourceIds.put(source.name(), newId);
    return newId;
  }

  private void flushIfFull() throws SQLException {
    if (++pending >= BATCH) {
      flush();
    }
  }

  private void flush() throws SQLException {
    insertAdvisory.executeBatch();
    insertAffected.executeBatch();
    insertAlias.executeBatch();
    insertKev.executeBatch();
    pending = 0;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
