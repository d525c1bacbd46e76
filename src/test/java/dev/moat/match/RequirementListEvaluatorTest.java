package dev.moat.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.version.VersionScheme;
import dev.moat.version.VersionSchemes;
import dev.moat.vulndb.Affected;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RubySec-style requirement lists, as in rubysec/ruby-advisory-db's actionpack advisories. */
class RequirementListEvaluatorTest {

  private static final VersionScheme GEMS = VersionSchemes.forOsvEcosystem("RubyGems");
  private static final Affected RAILS = new Affected("RubyGems", "actionpack", List.of(), List.of(), Optional.empty(),
      Optional.empty(), Map.of("patched_versions", List.of("~> 5.2.4, >= 5.2.4.3", ">= 6.0.3.1"),
          "unaffected_versions", List.of("< 4.0.0")));

  @ParameterizedTest
  @CsvSource({"3.2.22,false", "5.2.4.2,true", "5.2.4.3,false", "5.2.8,false", "6.0.3,true", "6.0.3.1,false", "7.0.0,false"})
  void affectedUnlessSomeRequirementIsSatisfied(String version, boolean expected) {
    assertThat(RequirementListEvaluator.applies(RAILS)).isTrue();
    assertThat(RequirementListEvaluator.affects(RAILS, version, GEMS)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"5.2.4.2,5.2.4.3", "6.0.3,6.0.3.1"})
  void fixedVersionIsTheNearestPatchedLowerBound(String version, String fixed) {
    assertThat(RequirementListEvaluator.fixedVersions(RAILS, version, GEMS)).containsExactly(fixed);
  }
}
