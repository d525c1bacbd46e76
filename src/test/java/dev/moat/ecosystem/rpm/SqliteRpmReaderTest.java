package dev.moat.ecosystem.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteRpmReaderTest {

  @Test
  void readsEveryRowOfThePackagesTable() throws IOException {
    List<byte[]> blobs = RpmTestData.blobs(SqliteRpmReader::read, RpmTestData.MARINER_SQLITE);

    assertThat(blobs).hasSize(129);
  }

  @Test
  void aFileThatIsNoSqliteDatabaseIsAnIoException() {
    assertThatThrownBy(() -> SqliteRpmReader.read(RpmTestData.path(RpmTestData.SLE_NDB), b -> { }))
        .isInstanceOf(IOException.class).hasMessageStartingWith("cannot read rpm sqlite database");
  }
}
