package dev.moat.vulndb;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** The compact JSON form in which advisories and affected entries are stored in the database. */
final class AdvisoryCodec {

  private static final TypeReference<List<Affected>> AFFECTED_LIST = new TypeReference<>() {};
  private static final ObjectMapper MAPPER = mapper();

  private AdvisoryCodec() {}

  static byte[] header(Advisory advisory) {
    return write(advisory.withAffected(List.of()));
  }

  static byte[] affected(List<Affected> affected) {
    return write(affected);
  }

  static Advisory read(byte[] header, byte[] affected) {
    try {
      Advisory a = MAPPER.readValue(header, Advisory.class);
      return a.withAffected(MAPPER.readValue(affected, AFFECTED_LIST));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectMapper mapper() {
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
