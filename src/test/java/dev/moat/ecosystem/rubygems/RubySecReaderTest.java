package dev.moat.ecosystem.rubygems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.CollectingSink;
import dev.moat.vulndb.FeedEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubySecReaderTest {
  private final RubySecReader reader = new RubySecReader();

  @Test
  void readsGemAdvisories() throws Exception {
    FeedEntry file = CollectingSink.entry("rubysec/gems/resque/CVE-2023-50725.yml");
    assertThat(reader.accepts(file)).isTrue();
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    Advisory a = sink.only("CVE-2023-50725");
    assertThat(a.affected().get(0).ecosystem()).isEqualTo("RubyGems");
    assertThat(a.affected().get(0).databaseSpecific()).containsEntry("patched_versions", List.of(">= 2.2.1"));
    assertThat(a.summary()).contains("Resque vulnerable to reflected XSS in resque-web failed and queues lists");
  }

  @Test
  void keepsCompoundRequirementsWithoutInventingRanges() throws Exception {
    CollectingSink sink = new CollectingSink();
    reader.read(CollectingSink.entry("rubysec/gems/actionmailer/CVE-2013-4389.yml"), sink);
    assertThat(sink.only("CVE-2013-4389").affected().get(0).ranges()).isEmpty();
  }

  @Test
  void readsRubyInterpreters() throws Exception {
    CollectingSink sink = new CollectingSink();
    reader.read(CollectingSink.entry("rubysec/rubies/ruby/CVE-2005-1992.yml"), sink);
    assertThat(sink.only("CVE-2005-1992").affected().get(0).ecosystem()).isEqualTo("Ruby");
    assertThat(sink.only("CVE-2005-1992").affected().get(0).name()).isEqualTo("ruby");
  }
}
