package dev.moat.vulndb;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** The compact JSON form in which advisories and affected entries are stored in the database. */
final class AdvisoryCodec {

  private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));
  // Written when the database is built; read back by StoredAdvisoryReader, which needs no mapper.
  private static final class Writers {
    static final ObjectMapper MAPPER = mapper();
    static final ObjectMapper WITHOUT_PACKAGE = mapper().addMixIn(Affected.class, WithoutPackage.class);
  }

  private AdvisoryCodec() {}

  /** The advisory without its affected entries, deflated: descriptions are most of the database. */
  static byte[] header(Advisory advisory) {
    return deflate(write(Writers.MAPPER, advisory.withAffected(List.of())));
  }

  /** Affected entries of one package, without the ecosystem and name its row already holds. */
  static byte[] affected(List<Affected> affected) {
    return write(Writers.WITHOUT_PACKAGE, affected);
  }

  static Advisory read(byte[] header, byte[] affected, String ecosystem, String name) {
    try {
      return StoredAdvisoryReader.advisory(inflate(header))
          .withAffected(StoredAdvisoryReader.affected(affected, ecosystem, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] deflate(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 16);
      byte[] buffer = new byte[4096];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] inflate(byte[] bytes) throws IOException {
    // One Inflater per thread: creating one costs more than inflating a typical record.
    Inflater inflater = INFLATER.get();
    inflater.reset();
    try {
      inflater.setInput(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
      byte[] buffer = new byte[Math.max(1024, bytes.length * 4)];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("truncated advisory record");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IOException("corrupt advisory record", e);
    }
  }

  @JsonIgnoreProperties({"ecosystem", "name"})
  private abstract static class WithoutPackage {}

  private static byte[] write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mapper the database is written with (tests read through it to check StoredAdvisoryReader). */
  static ObjectMapper mapper() {
    SimpleModule time = new SimpleModule();
    time.addSerializer(Instant.class, new JsonSerializer<>() {
      @Override
      public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(value.toString());
      }
    });
    time.addDeserializer(Instant.class, new JsonDeserializer<>() {
      @Override
      public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return Instant.parse(p.getValueAsString());
      }
    });
    return new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(time)
        .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }
}
