package dev.moat.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Reads and writes Jackson trees through Jackson's streaming parsers and generators, without an
 * {@code ObjectMapper}: building a mapper costs more start-up (its date formats initialise the
 * locale data) than a whole scan of a cached image, and a tree needs none of its binding.
 * Reading behaves as {@code ObjectMapper.readTree} does (last duplicate key wins, integers as the
 * smallest fitting node, decimals as doubles, empty input as a missing node), except that content
 * after the root value is refused. Writing matches {@code INDENT_OUTPUT}.
 */
public final class JsonTrees {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private JsonTrees() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A new empty array node. */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  public static JsonNode parse(byte[] json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      return read(parser);
    }
  }

  public static JsonNode parse(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      return read(parser);
    }
  }

  /** Parses JSON from {@code in}, which stays open. */
  public static JsonNode parse(InputStream in) throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      return read(parser);
    }
  }

  /** Parses the first YAML document from {@code in}, which stays open; later documents are not read. */
  public static JsonNode parseYaml(InputStream in) throws IOException {
    try (JsonParser parser = Yaml.FACTORY.createParser(in)) {
      return readFirst(parser);
    }
  }

  /** Parses the first YAML document of {@code yaml}. */
  public static JsonNode parseYaml(String yaml) throws IOException {
    try (JsonParser parser = Yaml.FACTORY.createParser(yaml)) {
      return readFirst(parser);
    }
  }

  /** Parses the first YAML document of {@code yaml}. */
  public static JsonNode parseYaml(byte[] yaml) throws IOException {
    try (JsonParser parser = Yaml.FACTORY.createParser(yaml)) {
      return readFirst(parser);
    }
  }

  /** Parses a TOML document from {@code in}, which stays open. */
  public static JsonNode parseToml(InputStream in) throws IOException {
    try (JsonParser parser = Toml.FACTORY.createParser(in)) {
      return read(parser);
    }
  }

  /** Writes {@code tree} indented (as {@code ObjectMapper} with {@code INDENT_OUTPUT}); {@code out} stays open. */
  public static void writePretty(JsonNode tree, OutputStream out) throws IOException {
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.setPrettyPrinter(new DefaultPrettyPrinter());
      write(tree, generator);
    }
  }

  /** {@code tree} indented, as a string. */
  public static String toPrettyString(JsonNode tree) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    writePretty(tree, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Reads the value at the parser's next token and checks that nothing follows it. */
  public static JsonNode read(JsonParser parser) throws IOException {
    JsonNode root = readFirst(parser);
    if (!root.isMissingNode() && parser.nextToken() != null) {
      throw new JsonParseException(parser, "unexpected content after the top-level value");
    }
    return root;
  }

  /** Reads the value at the parser's next token, a missing node at the end of input. */
  public static JsonNode readFirst(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    return first == null ? MissingNode.getInstance() : value(parser, first);
  }

  /**
   * The value starting at {@code token}, the parser's current token; leaves the parser on the
   * value's last token. Depth is bounded by the parser's stream-read constraints.
   */
  public static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT -> embedded(parser.getEmbeddedObject());
      default -> throw new JsonParseException(parser, "unexpected token " + token);
    };
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode node = NODES.objectNode();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      node.set(name, value(parser, parser.nextToken()));
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new JsonParseException(parser, "unexpected token " + parser.currentToken() + " in an object");
    }
    return node;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode node = NODES.arrayNode();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t == null) {
        throw new JsonParseException(parser, "unexpected end of input in an array");
      }
      node.add(value(parser, t));
    }
    return node;
  }

  /** YAML's binary and TOML's dates come as embedded objects. */
  private static JsonNode embedded(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    return value instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.textNode(value.toString());
  }

  private static void write(JsonNode node, JsonGenerator g) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          g.writeFieldName(field.getKey());
          write(field.getValue(), g);
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode element : node) {
          write(element, g);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case NUMBER -> writeNumber(node, g);
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      case BINARY -> g.writeBinary(node.binaryValue());
      case MISSING -> g.writeNull();
      case POJO -> throw new IllegalArgumentException("JsonTrees writes trees of plain JSON values only");
    }
  }

  private static void writeNumber(JsonNode node, JsonGenerator g) throws IOException {
    switch (node.numberType()) {
      case INT -> g.writeNumber(node.intValue());
      case LONG -> g.writeNumber(node.longValue());
      case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
      case FLOAT -> g.writeNumber(node.floatValue());
      case DOUBLE -> g.writeNumber(node.doubleValue());
      case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
    }
  }

  /** Created on first use: YAML is read by a few analyzers and config files only. */
  private static final class Yaml {
    static final YAMLFactory FACTORY = YAMLFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
  }

  /** Created on first use: TOML is read by the Cargo and Poetry lock analyzers only. */
  private static final class Toml {
    static final TomlFactory FACTORY = TomlFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
  }
}
