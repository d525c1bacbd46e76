package dev.moat.gate;

import dev.moat.analyze.LayerSecret;
import dev.moat.match.Finding;
import dev.moat.match.FixStatus;
import dev.moat.match.Severity;
import dev.moat.sbom.Package;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides which findings a CI run reports and fails on, as Trivy does: only the listed severities,
 * optionally only fixable ones, minus what the ignore file and the VEX statements suppress. An
 * expired ignore entry no longer suppresses anything and produces a warning.
 */
public final class FindingGate {

  private final Set<Severity> severities;
  private final boolean ignoreUnfixed;
  private final List<IgnoreRule> ignoreRules;
  private final List<VexStatement> vex;
  private final LocalDate today;

  public FindingGate(Set<Severity> severities, boolean ignoreUnfixed, List<IgnoreRule> ignoreRules,
      List<VexStatement> vex, LocalDate today) {
    this.severities = severities.isEmpty() ? EnumSet.allOf(Severity.class) : EnumSet.copyOf(severities);
    this.ignoreUnfixed = ignoreUnfixed;
    this.ignoreRules = List.copyOf(ignoreRules);
    this.vex = List.copyOf(vex);
    this.today = today;
  }

  /**
   * Filters {@code findings}; {@code purlOf} gives a package's purl and {@code imagePurl} the
   * image's, which VEX statements name as products.
   */
  public GateResult apply(List<Finding> findings, Function<Package, String> purlOf, Optional<String> imagePurl) {
    List<String> warnings = new ArrayList<>();
    for (IgnoreRule rule : ignoreRules) {
      if (rule.expiredOn(today)) {
        warnings.add("ignore entry " + rule.id() + " expired on " + rule.expires().orElseThrow()
            + "; it no longer suppresses anything");
      }
    }
    List<Finding> kept = new ArrayList<>();
    List<Suppression> suppressed = new ArrayList<>();
    for (Finding f : findings) {
      Optional<String> reason = suppressionReason(f, purlOf.apply(f.pkg()), imagePurl);
      if (reason.isPresent()) {
        suppressed.add(new Suppression(f, reason.get()));
      } else if (severities.contains(f.severity()) && !(ignoreUnfixed && f.status() != FixStatus.FIXED)) {
        kept.add(f);
      }
    }
    return new GateResult(kept, suppressed, warnings);
  }

  private Optional<String> suppressionReason(Finding f, String purl, Optional<String> imagePurl) {
    List<String> ids = f.allIds();
    for (IgnoreRule rule : ignoreRules) {
      if (!rule.expiredOn(today) && ids.contains(rule.id()) && narrowsTo(rule, f, purl)) {
        return Optional.of("ignore file" + (rule.line() > 0 ? " line " + rule.line() : "")
            + rule.reason().map(r -> ": " + r).orElse(""));
      }
    }
    for (VexStatement s : vex) {
      boolean sameVuln = ids.contains(s.vulnerability()) || s.aliases().stream().anyMatch(ids::contains);
      if (sameVuln && s.suppresses() && coversPackage(s, purl, imagePurl)) {
        return Optional.of("VEX " + s.status() + s.justification().map(j -> " (" + j + ")").orElse(""));
      }
    }
    return Optional.empty();
  }

  /**
   * The secrets a CI run reports: those at the listed severities whose rule the ignore file does not
   * name (for their path, when the entry lists paths).
   */
  public List<LayerSecret> applyToSecrets(List<LayerSecret> secrets) {
    List<LayerSecret> kept = new ArrayList<>();
    for (LayerSecret s : secrets) {
      String rule = s.finding().ruleId();
      String path = s.finding().path();
      boolean ignored = ignoreRules.stream().anyMatch(r -> !r.expiredOn(today) && r.id().equals(rule)
          && (r.paths().isEmpty() || r.paths().stream().anyMatch(p -> under(path, p))));
      if (!ignored && severities.contains(Severity.valueOf(s.finding().severity().name()))) {
        kept.add(s);
      }
    }
    return kept;
  }

  private static boolean narrowsTo(IgnoreRule rule, Finding f, String purl) {
    boolean purlOk = rule.purls().isEmpty() || rule.purls().stream().anyMatch(p -> PurlMatch.matches(p, purl));
    boolean pathOk = rule.paths().isEmpty() || rule.paths().stream().anyMatch(p -> under(f.pkg().path(), p));
    return purlOk && pathOk;
  }

  /** {@code path} is {@code ignored} or lies below it. */
  private static boolean under(String path, String ignored) {
    return path.equals(ignored) || path.startsWith(ignored.endsWith("/") ? ignored : ignored + "/");
  }

  private static boolean coversPackage(VexStatement s, String purl, Optional<String> imagePurl) {
    for (VexStatement.Product product : s.products()) {
      boolean productIsImage = imagePurl.isPresent() && PurlMatch.matches(product.id(), imagePurl.get());
      if (productIsImage) {
        if (product.subcomponents().isEmpty()
            || product.subcomponents().stream().anyMatch(c -> PurlMatch.matches(c, purl))) {
          return true;
        }
      } else if (PurlMatch.matches(product.id(), purl)) {
        return true;
      }
    }
    return false;
  }
}
