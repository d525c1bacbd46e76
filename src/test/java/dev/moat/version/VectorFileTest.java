package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class VectorFileTest {

  /** Every vector file loads completely: its row count matches COUNTS.tsv. */
  @TestFactory
  Stream<DynamicTest> rowCountsMatchCounts() {
    return countsTable().rows().stream()
        .map(r -> DynamicTest.dynamicTest(r.get("file"), () ->
            assertThat(VectorFile.load(r.get("file")).rows())
                .hasSize(Integer.parseInt(r.get("cases")))));
  }

  private static VectorFile countsTable() {
    return VectorFile.load("COUNTS.tsv");
  }
}
