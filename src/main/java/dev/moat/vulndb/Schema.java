package dev.moat.vulndb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite schema. One row per (advisory, package) in {@code affected}, indexed on (ecosystem,
 * name), holds that package's OSV affected entries as a JSON blob; the advisory's other fields are one
 * JSON blob in {@code advisory}. A database whose {@code meta.schema_version} differs from
 * {@link #VERSION} is refused.
 */
final class Schema {

  /** Bump on any change a reader of an older version would misread. */
  static final int VERSION = 1;

  private Schema() {}

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      s.executeUpdate("CREATE TABLE source (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, url TEXT NOT NULL,"
          + " license TEXT NOT NULL, records INTEGER NOT NULL DEFAULT 0)");
      s.executeUpdate("CREATE TABLE advisory (id INTEGER PRIMARY KEY, vuln_id TEXT NOT NULL,"
          + " source_id INTEGER NOT NULL, doc BLOB NOT NULL)");
      s.executeUpdate("CREATE TABLE affected (advisory_id INTEGER NOT NULL, ecosystem TEXT NOT NULL,"
          + " name TEXT NOT NULL, doc BLOB NOT NULL)");
      s.executeUpdate("CREATE TABLE alias (name TEXT NOT NULL, advisory_id INTEGER NOT NULL)");
      s.executeUpdate("CREATE TABLE kev (cve TEXT PRIMARY KEY, date_added TEXT, ransomware INTEGER NOT NULL)");
      s.executeUpdate("CREATE TABLE ecosystem_count (ecosystem TEXT PRIMARY KEY, records INTEGER NOT NULL)");
    }
  }

  /** Indexes are made after the bulk insert: faster than maintaining them row by row. */
  static void index(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("CREATE INDEX affected_package ON affected (ecosystem, name)");
      s.executeUpdate("CREATE INDEX alias_name ON alias (name)");
      s.executeUpdate("CREATE INDEX alias_advisory ON alias (advisory_id)");
      s.executeUpdate("INSERT INTO ecosystem_count SELECT f.ecosystem, COUNT(DISTINCT a.vuln_id)"
          + " FROM affected f JOIN advisory a ON a.id = f.advisory_id GROUP BY f.ecosystem");
    }
  }
}
