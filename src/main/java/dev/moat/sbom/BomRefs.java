package dev.moat.sbom;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every package of an inventory a stable reference for SBOM documents: its purl, with the
 * path appended when the same purl occurs at several places (the same npm package nested twice).
 */
public final class BomRefs {

  private final Map<Package, String> refs = new IdentityHashMap<>();
  private final Map<Package, String> purls = new IdentityHashMap<>();

  public BomRefs(List<Package> packages, Optional<OperatingSystem> os) {
    Map<String, Integer> purlCounts = new HashMap<>();
    for (Package p : packages) {
      String purl = PurlFactory.purl(p, os);
      purls.put(p, purl);
      purlCounts.merge(purl, 1, Integer::sum);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Package p : packages) {
      String purl = purls.get(p);
      String ref = purlCounts.get(purl) == 1 ? purl : purl + "#" + p.path();
      int n = seen.merge(ref, 1, Integer::sum);
      refs.put(p, n == 1 ? ref : ref + "#" + n);
    }
  }

  public String ref(Package p) {
    return refs.get(p);
  }

  public String purl(Package p) {
    return purls.get(p);
  }
}
