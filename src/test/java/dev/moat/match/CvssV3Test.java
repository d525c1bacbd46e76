package dev.moat.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvssV3Test {

  /** Scores as published by NVD for these CVEs' v3.1 vectors. */
  @ParameterizedTest
  @CsvSource({
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0",   // CVE-2021-44228
      "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 7.8",    // CVE-2023-4911
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N, 7.5",    // CVE-2014-0160-like vector
      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8",    // CVE-2022-1471
      "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N, 3.1",
      "CVSS:3.0/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N, 5.4",
      "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N, 0.0",
  })
  void computesPublishedBaseScores(String vector, double expected) {
    assertThat(CvssV3.baseScore(vector)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"CVSS:3.1/AV:N/AC:L", "CVSS:2.0/AV:N", "AV:N/AC:L/Au:N/C:P/I:P/A:P", "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"})
  void incompleteOrForeignVectorsHaveNoScore(String vector) {
    assertThat(CvssV3.baseScore(vector)).isEmpty();
  }
}
