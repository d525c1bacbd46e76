package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run moat(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static Path feeds() throws URISyntaxException {
    return Path.of(DbCommandTest.class.getResource("/dev/moat/vulndb/feeds/SOURCE.md").toURI()).getParent();
  }

  @Test
  void buildThenInfoAsJson() throws Exception {
    Path db = dir.resolve("moat.db");
    Run build = moat("db", "build", "--from", feeds().resolve("golang").toString(), feeds().resolve("kev").toString(),
        "--output", db.toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.out()).contains("4 advisories", "3 known-exploited");

    Run info = moat("db", "info", "--db", db.toString(), "--format", "json");
    assertThat(info.code()).as(info.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(info.out());
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("ecosystems").path("Go").asLong()).isEqualTo(4);
    assertThat(json.path("builtAt").asText()).isNotEmpty();
    assertThat(json.path("sources").findValuesAsText("license")).contains("CC-BY-4.0", "CC0-1.0");
    assertThat(json.path("sources").findValuesAsText("url")).contains("https://pkg.go.dev/vuln/");
  }

  @Test
  void infoAsTable() throws Exception {
    Path db = dir.resolve("moat.db");
    moat("db", "build", "--from", feeds().resolve("alpine").toString(), "--output", db.toString());
    Run info = moat("db", "info", "--db", db.toString());
    assertThat(info.code()).isZero();
    assertThat(info.out()).contains("Alpine secdb", "Alpine:v3.20", "Schema version: 1");
  }

  @Test
  void errorsAreOneLineWithTheRightExitCode() {
    Run missing = moat("db", "info", "--db", dir.resolve("none.db").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).startsWith("moat: error: cannot open vulnerability database").doesNotContain("\tat ");
  }
}
