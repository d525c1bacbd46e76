package dev.moat.vulndb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.vulndb.osv.OsvReader;
import org.junit.jupiter.api.Test;

class AdvisoryCodecTest {

  @Test
  void roundTripsARealAdvisory() throws Exception {
    CollectingSink sink = new CollectingSink();
    new OsvReader().read(CollectingSink.entry("osv-fixtures/UBUNTU-CVE-2021-3782.json"), sink);
    Advisory original = sink.only("UBUNTU-CVE-2021-3782");
    Affected first = original.affected().get(0);
    Advisory back = AdvisoryCodec.read(AdvisoryCodec.header(original),
        AdvisoryCodec.affected(java.util.List.of(first)), first.ecosystem(), first.name());
    assertThat(back).isEqualTo(original.withAffected(java.util.List.of(first)));
  }

  @Test
  void everyAdvisoryOfEveryTestFeedReadsBackEqual() throws Exception {
    DatabaseBuilder builder = TestFeeds.strictBuilder();
    CollectingSink sink = new CollectingSink();
    // The feed excerpts of the vulndb tests and the advisories the scan tests build their database from.
    java.nio.file.Path scanAdvisories = java.nio.file.Path.of("src/test/resources/dev/moat/scan/advisories");
    for (java.nio.file.Path root : java.util.List.of(TestFeeds.dir(), scanAdvisories)) {
      readAll(builder, root, sink);
    }
    assertThat(sink.advisories).as("advisories in the test feeds").hasSizeGreaterThan(200);
    int rows = 0;
    for (Advisory original : sink.advisories) {
      var byPackage = original.affected().stream().collect(java.util.stream.Collectors.groupingBy(
          a -> java.util.List.of(a.ecosystem(), a.name()), java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
      for (var group : byPackage.entrySet()) {
        byte[] header = AdvisoryCodec.header(original);
        byte[] affected = AdvisoryCodec.affected(group.getValue());
        Advisory back = AdvisoryCodec.read(header, affected, group.getKey().get(0), group.getKey().get(1));
        assertThat(back).as(original.id()).isEqualTo(boundByJackson(header, affected, group.getKey()));
        // The stored form drops empty values inside databaseSpecific maps; everything else survives.
        assertThat(back).as(original.id()).usingRecursiveComparison()
            .ignoringFields("databaseSpecific", "affected.databaseSpecific")
            .isEqualTo(original.withAffected(group.getValue()));
        rows++;
      }
    }
    assertThat(rows).isGreaterThan(sink.advisories.size());
  }

  private static void readAll(DatabaseBuilder builder, java.nio.file.Path root, CollectingSink sink) throws Exception {
    java.util.List<java.nio.file.Path> files;
    try (var walk = java.nio.file.Files.walk(root)) {
      files = walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
    }
    for (java.nio.file.Path file : files) {
      FeedEntry entry = new FeedEntry(root.relativize(file).toString(), java.nio.file.Files.readAllBytes(file));
      var reader = builder.readerFor(entry);
      if (reader.isPresent()) {
        reader.get().read(entry, sink);
      }
    }
  }

  /** The records as Jackson's data binding reads the stored bytes, the way Moat read them before. */
  private static Advisory boundByJackson(byte[] header, byte[] affected, java.util.List<String> pkg) throws Exception {
    var mapper = AdvisoryCodec.mapper();
    var inflater = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(header),
        new java.util.zip.Inflater(true));
    Advisory a = mapper.readValue(inflater.readAllBytes(), Advisory.class);
    java.util.List<Affected> entries = mapper.readValue(affected,
        new com.fasterxml.jackson.core.type.TypeReference<java.util.List<Affected>>() {}).stream()
        .map(f -> new Affected(pkg.get(0), pkg.get(1), f.ranges(), f.versions(), f.status(), f.severity(), f.databaseSpecific()))
        .toList();
    return a.withAffected(entries);
  }

  @Test
  void truncatesLongDetails() {
    Advisory a = new Advisory("X-1", null, null, null, java.util.Optional.of("x".repeat(5000)), null, null, null,
        null, null, null, null, "test");
    assertThat(a.details().orElseThrow()).hasSize(Advisory.DETAILS_LIMIT + 1).endsWith("…");
    assertThat(a.aliases()).isEmpty();
  }
}
