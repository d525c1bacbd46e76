package dev.moat.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Summarises a registry error body ({@code {"errors":[{"code","message"}]}}, OCI Distribution
 * spec "Error Codes") into one line, e.g. {@code MANIFEST_UNKNOWN: manifest unknown}.
 */
final class ErrorBody {

  private static final int MAX_BODY = 16 * 1024;
  private static final int MAX_SUMMARY = 300;

  private ErrorBody() {}

  /** Reads at most 16 KiB of the body and closes it; empty string when there is nothing useful. */
  static String summarize(InputStream body) {
    byte[] bytes;
    try (body) {
      bytes = body.readNBytes(MAX_BODY);
    } catch (IOException e) {
      return "";
    }
    return summarize(bytes);
  }

  static String summarize(byte[] bytes) {
    if (bytes.length == 0) {
      return "";
    }
    try {
      JsonNode errors = JsonTrees.parse(bytes).path("errors");
      if (errors.isArray() && !errors.isEmpty()) {
        List<String> parts = new ArrayList<>();
        for (JsonNode error : errors) {
          String code = error.path("code").asText("");
          String message = error.path("message").asText("");
          parts.add(code.isEmpty() ? message : message.isEmpty() ? code : code + ": " + message);
        }
        return truncate(String.join("; ", parts));
      }
    } catch (IOException e) {
      // not JSON: fall through to the raw text
    }
    String text = new String(bytes, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
    return text.startsWith("<") ? "" : truncate(text);
  }

  private static String truncate(String text) {
    return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY) + "...";
  }
}
