package dev.moat.ecosystem.rpm;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Reads rpm's SQLite package database ({@code rpmdb.sqlite}, RHEL 9, Fedora 33+, Mariner): table
 * {@code Packages(hnum, blob)} holds one header blob per package (rpm's lib/backend/sqlite.c).
 */
final class SqliteRpmReader {

  private SqliteRpmReader() {}

  static void read(Path db, HeaderBlobSink sink) throws IOException {
    var config = new SQLiteConfig();
    config.setReadOnly(true);
    var source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT blob FROM Packages")) {
      while (rows.next()) {
        byte[] blob = rows.getBytes(1);
        if (blob != null) {
          sink.accept(blob);
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot read rpm sqlite database: " + e.getMessage(), e);
    }
  }
}
