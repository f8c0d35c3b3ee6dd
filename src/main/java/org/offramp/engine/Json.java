package org.offramp.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/** Reading and writing the engine's JSON files, with errors that name the field. Stateless. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));

    private Json() {
    }

    static String pretty(JsonNode n) {
        try {
            return WRITER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode field(JsonNode n, String name, String where) {
        JsonNode v = n == null ? null : n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(where + "." + name + " is missing");
        }
        return v;
    }

    static String text(JsonNode n, String name, String where) {
        JsonNode v = field(n, name, where);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + "." + name + " must be text, but was " + v);
        }
        return v.asText();
    }

    static long integer(JsonNode n, String name, String where) {
        JsonNode v = field(n, name, where);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(where + "." + name + " must be an integer, but was " + v);
        }
        return v.asLong();
    }

    static double number(JsonNode n, String name, String where) {
        JsonNode v = field(n, name, where);
        if (!v.isNumber()) {
            throw new IllegalArgumentException(where + "." + name + " must be a number, but was " + v);
        }
        return v.asDouble();
    }

    static boolean bool(JsonNode n, String name, String where) {
        JsonNode v = field(n, name, where);
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(where + "." + name + " must be true or false, but was " + v);
        }
        return v.asBoolean();
    }
}
