package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * One TSV test-vector file from {@code src/test/resources/dev/moat/version/vectors}: comment lines
 * start with {@code #}, the first other line names the columns, each further line is one case.
 */
public final class VectorFile {

  /** One case: its line, as written, and its cells by column name. */
  public record Row(String line, Map<String, String> cells) {
    public String get(String column) {
      String v = cells.get(column);
      if (v == null) {
        throw new IllegalArgumentException("no column " + column + " in " + line);
      }
      return v;
    }

    @Override
    public String toString() {
      return line.replace('\t', '|');
    }
  }

  private final String name;
  private final List<Row> rows;

  private VectorFile(String name, List<Row> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  public static VectorFile load(String name) {
    String path = "/dev/moat/version/vectors/" + name;
    try (InputStream in = VectorFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing vector file " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = null;
      List<Row> rows = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header == null) {
          header = Arrays.asList(line.split("\t", -1));
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          m.put(header.get(i), i < cells.length ? cells[i] : "");
        }
        rows.add(new Row(line, m));
      }
      return new VectorFile(name, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * One dynamic test per row asserting {@code actual(row)} equals {@code expected(row)}; rows
   * listed in {@code knownDifferences} (line text to reason) must instead still differ, so the
   * list cannot go stale. Every listed line must exist in the file.
   */
  public Stream<DynamicTest> tests(
      Function<Row, Object> actual,
      Function<Row, Object> expected,
      Map<String, String> knownDifferences) {
    List<String> lines = rows.stream().map(Row::line).toList();
    assertThat(lines).as(name + " known differences").containsAll(knownDifferences.keySet());
    assertThat(rows).as(name + " has cases").isNotEmpty();
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    name + ": " + row,
                    () -> {
                      String reason = knownDifferences.get(row.line());
                      Object got = actual.apply(row);
                      if (reason == null) {
                        assertThat(got).as(row.toString()).isEqualTo(expected.apply(row));
                      } else {
                        assertThat(got).as("known difference still differs: " + reason)
                            .isNotEqualTo(expected.apply(row));
                      }
                    }));
  }

  public Stream<DynamicTest> tests(Function<Row, Object> actual, Function<Row, Object> expected) {
    return tests(actual, expected, Map.of());
  }

  /** Expected sign of a comparison column: -1, 0, 1, or "!=0" meaning only "not equal". */
  public static Object expectedSign(String cell) {
    return cell.equals("!=0") ? "!=0" : Integer.signum(Integer.parseInt(cell));
  }

  /** The sign of {@code c}, or "!=0" when the expectation only says "not equal". */
  public static Object actualSign(String expectedCell, int c) {
    if (expectedCell.equals("!=0")) {
      return c != 0 ? "!=0" : "0";
    }
    return Integer.signum(c);
  }
}
