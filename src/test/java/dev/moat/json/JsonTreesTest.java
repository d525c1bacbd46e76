package dev.moat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JsonTrees reads and writes exactly as Jackson's ObjectMapper does, on every real JSON, YAML and TOML test file. */
class JsonTreesTest {

  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<Path> jsonFiles() throws IOException {
    return files(".json");
  }

  static Stream<Path> yamlFiles() throws IOException {
    return Stream.concat(files(".yaml"), files(".yml"));
  }

  static Stream<Path> tomlFiles() throws IOException {
    return Stream.of(RESOURCES.resolve("dev/moat/ecosystem/cargo/Cargo.lock"),
        RESOURCES.resolve("dev/moat/ecosystem/cargo/exa-Cargo.lock"), RESOURCES.resolve("dev/moat/ecosystem/pypi/poetry.lock"));
  }

  private static Stream<Path> files(String suffix) throws IOException {
    List<Path> found;
    try (Stream<Path> walk = Files.walk(RESOURCES)) {
      found = walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
    }
    assertThat(found).as("test files ending in " + suffix).isNotEmpty();
    return found.stream();
  }

  @ParameterizedTest
  @MethodSource("jsonFiles")
  void readsEveryJsonFileAsObjectMapperDoes(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    JsonNode expected;
    try {
      expected = MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      assertThatThrownBy(() -> JsonTrees.parse(bytes)).isInstanceOf(JacksonException.class);
      return;
    }
    JsonNode actual = JsonTrees.parse(bytes);
    assertThat(actual).isEqualTo(expected);
    assertThat(JsonTrees.parse(new ByteArrayInputStream(bytes))).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("jsonFiles")
  void writesEveryTreeAsObjectMapperIndentOutputDoes(Path file) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(Files.readAllBytes(file));
    } catch (JacksonException e) {
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonTrees.writePretty(tree, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(MAPPER.writeValueAsString(tree));
    assertThat(JsonTrees.toPrettyString(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
  }

  @ParameterizedTest
  @MethodSource("yamlFiles")
  void readsEveryYamlFileAsYamlMapperDoes(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertThat(JsonTrees.parseYaml(bytes)).isEqualTo(new YAMLMapper().readTree(bytes));
  }

  @ParameterizedTest
  @MethodSource("tomlFiles")
  void readsTomlLockFilesAsTomlMapperDoes(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    JsonNode actual = JsonTrees.parseToml(new ByteArrayInputStream(bytes));
    assertThat(actual).isEqualTo(new TomlMapper().readTree(bytes));
    assertThat(actual.path("package").size()).isGreaterThan(10);
  }

  @Test
  void numbersTakeTheSmallestFittingNode() throws IOException {
    JsonNode n = JsonTrees.parse("[1, 1099511627776, 1180591620717411303424, 1.5, -0.0]");
    assertThat(n.get(0).isInt()).isTrue();
    assertThat(n.get(1).isLong()).isTrue();
    assertThat(n.get(2).isBigInteger()).isTrue();
    assertThat(n.get(3).isDouble()).isTrue();
    assertThat(n).isEqualTo(new ObjectMapper().readTree("[1, 1099511627776, 1180591620717411303424, 1.5, -0.0]"));
  }

  @Test
  void theLastDuplicateKeyWins() throws IOException {
    assertThat(JsonTrees.parse("{\"a\": 1, \"a\": 2}").get("a").intValue()).isEqualTo(2);
  }

  @Test
  void emptyInputIsAMissingNode() throws IOException {
    assertThat(JsonTrees.parse(new byte[0]).getNodeType()).isEqualTo(JsonNodeType.MISSING);
    assertThat(JsonTrees.parse("  \n").isMissingNode()).isTrue();
  }

  @Test
  void contentAfterTheRootValueIsRefused() {
    assertThatThrownBy(() -> JsonTrees.parse("{\"a\": 1} {\"b\": 2}"))
        .isInstanceOf(JacksonException.class).hasMessageContaining("after the top-level value");
    assertThatThrownBy(() -> JsonTrees.parse("[1] x")).isInstanceOf(JacksonException.class);
  }

  @Test
  void truncatedAndMalformedInputFailsAsJackson() {
    for (String bad : List.of("{\"a\": ", "[1, 2", "{\"a\" 1}", "{'a': 1}", "[1,]x", "nul")) {
      assertThatThrownBy(() -> JsonTrees.parse(bad)).as(bad).isInstanceOf(JacksonException.class);
    }
  }

  @Test
  void hostileNestingFailsCleanlyInsteadOfOverflowingTheStack() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    assertThatThrownBy(() -> JsonTrees.parse(deep)).isInstanceOf(JacksonException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void yamlReadsTheFirstDocumentOnly() throws IOException {
    JsonNode first = JsonTrees.parseYaml("a: 1\n---\nb: 2\n");
    assertThat(first.get("a").intValue()).isEqualTo(1);
    assertThat(first.has("b")).isFalse();
  }
}
