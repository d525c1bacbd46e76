package dev.moat.ecosystem.ubuntu;

import java.util.Map;
import java.util.Optional;

/** Ubuntu release code names and their OSV ecosystem ({@code focal} → {@code Ubuntu:20.04}). */
public final class UbuntuReleases {

  private static final Map<String, String> VERSIONS = Map.ofEntries(
      Map.entry("warty", "4.10"), Map.entry("hoary", "5.04"), Map.entry("breezy", "5.10"), Map.entry("dapper", "6.06"),
      Map.entry("edgy", "6.10"), Map.entry("feisty", "7.04"), Map.entry("gutsy", "7.10"), Map.entry("hardy", "8.04"),
      Map.entry("intrepid", "8.10"), Map.entry("jaunty", "9.04"), Map.entry("karmic", "9.10"), Map.entry("lucid", "10.04"),
      Map.entry("maverick", "10.10"), Map.entry("natty", "11.04"), Map.entry("oneiric", "11.10"), Map.entry("precise", "12.04"),
      Map.entry("quantal", "12.10"), Map.entry("raring", "13.04"), Map.entry("saucy", "13.10"), Map.entry("trusty", "14.04"),
      Map.entry("utopic", "14.10"), Map.entry("vivid", "15.04"), Map.entry("wily", "15.10"), Map.entry("xenial", "16.04"),
      Map.entry("yakkety", "16.10"), Map.entry("zesty", "17.04"), Map.entry("artful", "17.10"), Map.entry("bionic", "18.04"),
      Map.entry("cosmic", "18.10"), Map.entry("disco", "19.04"), Map.entry("eoan", "19.10"), Map.entry("focal", "20.04"),
      Map.entry("groovy", "20.10"), Map.entry("hirsute", "21.04"), Map.entry("impish", "21.10"), Map.entry("jammy", "22.04"),
      Map.entry("kinetic", "22.10"), Map.entry("lunar", "23.04"), Map.entry("mantic", "23.10"), Map.entry("noble", "24.04"),
      Map.entry("oracular", "24.10"), Map.entry("plucky", "25.04"), Map.entry("questing", "25.10"));

  private UbuntuReleases() {}

  /**
   * {@code Ubuntu:20.04} for {@code focal}, {@code Ubuntu:Pro:16.04} for {@code xenial/esm}; empty for
   * {@code upstream}, {@code devel}, snaps and overlays, which no image runs.
   */
  public static Optional<String> ecosystem(String release) {
    int slash = release.indexOf('/');
    String base = slash < 0 ? release : release.substring(0, slash);
    String variant = slash < 0 ? "" : release.substring(slash + 1);
    String version = VERSIONS.get(base);
    if (version == null) {
      return Optional.empty();
    }
    if (variant.isEmpty()) {
      return Optional.of("Ubuntu:" + version);
    }
    return variant.equals("esm") || variant.startsWith("esm-") ? Optional.of("Ubuntu:Pro:" + version) : Optional.empty();
  }
}
