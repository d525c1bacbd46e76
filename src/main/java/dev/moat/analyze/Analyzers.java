package dev.moat.analyze;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The file analyzers Moat ships, found through {@link ServiceLoader} so ecosystems plug in alone. */
public final class Analyzers {

  private final List<FileAnalyzer> all;

  private Analyzers(List<FileAnalyzer> all) {
    this.all = List.copyOf(all);
  }

  /** Every analyzer on the class path, in a stable order. */
  public static Analyzers installed() {
    List<FileAnalyzer> found = ServiceLoader.load(FileAnalyzer.class).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(FileAnalyzer::name))
        .toList();
    return new Analyzers(found);
  }

  public static Analyzers of(List<FileAnalyzer> analyzers) {
    return new Analyzers(analyzers);
  }

  public List<FileAnalyzer> list() {
    return all;
  }

  /** Names and versions of all analyzers: part of the layer cache key. */
  public String fingerprint() {
    return all.stream().map(a -> a.name() + ":" + a.version()).collect(Collectors.joining(","));
  }
}
