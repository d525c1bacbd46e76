package dev.moat.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.version.VersionScheme;
import dev.moat.version.VersionSchemes;
import dev.moat.vulndb.Affected;
import dev.moat.vulndb.Event;
import dev.moat.vulndb.Range;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OSV evaluation rules (ossf/osv-schema, "Evaluation"), on semver versions. */
class OsvRangeEvaluatorTest {

  private static final VersionScheme SEMVER = VersionSchemes.forOsvEcosystem("npm");

  private static Affected affected(List<String> versions, Event... events) {
    return new Affected("npm", "p", List.of(new Range(Range.Type.SEMVER, List.of(events))), versions,
        Optional.empty(), Optional.empty(), Map.of());
  }

  private static Event e(Event.Kind kind, String version) {
    return new Event(kind, version);
  }

  @ParameterizedTest
  @CsvSource({"0.9.0,false", "1.0.0,true", "1.4.9,true", "1.5.0,false", "1.9.0,false", "2.0.0,true", "2.4.0,true",
      "2.5.0,false", "3.0.0,false"})
  void introducedAndFixedPairsOpenAndCloseRanges(String version, boolean expected) {
    Affected a = affected(List.of(), e(Event.Kind.INTRODUCED, "2.0.0"), e(Event.Kind.FIXED, "2.5.0"),
        e(Event.Kind.INTRODUCED, "1.0.0"), e(Event.Kind.FIXED, "1.5.0"));
    assertThat(OsvRangeEvaluator.affects(a, version, SEMVER)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0.0.1,true", "1.2.3,true", "1.2.4,false"})
  void lastAffectedIsInclusive(String version, boolean expected) {
    Affected a = affected(List.of(), e(Event.Kind.INTRODUCED, "0"), e(Event.Kind.LAST_AFFECTED, "1.2.3"));
    assertThat(OsvRangeEvaluator.affects(a, version, SEMVER)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1.0.0,true", "1.9.9,true", "2.0.0,false", "3.0.0,false"})
  void limitBoundsAnOpenRange(String version, boolean expected) {
    Affected a = affected(List.of(), e(Event.Kind.INTRODUCED, "1.0.0"), e(Event.Kind.LIMIT, "2.0.0"));
    assertThat(OsvRangeEvaluator.affects(a, version, SEMVER)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1.0.0,true", "3.0.0,true", "2.0.0,false"})
  void explicitVersionsListCountsEvenWithoutRanges(String version, boolean expected) {
    Affected a = new Affected("npm", "p", List.of(), List.of("1.0.0", "3.0.0"), Optional.empty(), Optional.empty(), Map.of());
    assertThat(OsvRangeEvaluator.affects(a, version, SEMVER)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1.0.0,1.5.0", "2.1.0,2.5.0"})
  void fixedVersionIsTheNextFixAboveTheInstalledVersion(String version, String fixed) {
    Affected a = affected(List.of(), e(Event.Kind.INTRODUCED, "1.0.0"), e(Event.Kind.FIXED, "1.5.0"),
        e(Event.Kind.INTRODUCED, "2.0.0"), e(Event.Kind.FIXED, "2.5.0"));
    assertThat(OsvRangeEvaluator.fixedVersions(a, version, SEMVER)).containsExactly(fixed);
  }

  @ParameterizedTest
  @CsvSource({"1.0.0", "5.0.0"})
  void gitRangesAreIgnored(String version) {
    Affected a = new Affected("npm", "p", List.of(new Range(Range.Type.GIT,
        List.of(e(Event.Kind.INTRODUCED, "0"), e(Event.Kind.FIXED, "abcdef")))), List.of(), Optional.empty(),
        Optional.empty(), Map.of());
    assertThat(OsvRangeEvaluator.affects(a, version, SEMVER)).isFalse();
  }
}
