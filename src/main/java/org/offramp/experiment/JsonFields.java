package org.offramp.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * Reading and writing the library's JSON files (shard partials, design checkpoints and partials),
 * with errors that name the field: {@code where.name is missing}, {@code where.name must be an
 * integer, but was "x"}.
 *
 * <pre>{@code
 * long runs = JsonFields.integer(node, "runs", "partial");    // IllegalArgumentException naming partial.runs
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonFields {
    /** The one mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));

    private JsonFields() {
    }

    /**
     * The node as indented JSON text (two spaces, arrays on one line), ending in a line feed.
     *
     * @param n the node
     * @return the text
     */
    public static String pretty(JsonNode n) {
        try {
            return WRITER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The field {@code name} of {@code n}.
     *
     * @param n     the object (may be null)
     * @param name  the field
     * @param where the object's name in messages
     * @return the value
     * @throws IllegalArgumentException if it is missing or null
     */
    public static JsonNode field(JsonNode n, String name, String where) {
        JsonNode v = n == null ? null : n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(where + "." + name + " is missing");
        }
        return v;
    }

    /**
     * The text field {@code name} of {@code n}.
     *
     * @param n     the object
     * @param name  the field
     * @param where the object's name in messages
     * @return the text
     * @throws IllegalArgumentException if it is missing or not text
     */
    public static String text(JsonNode n, String name, String where) {
        JsonNode v = field(n, name, where);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + "." + name + " must be text, but was " + v);
        }
        return v.asText();
    }

    /**
     * The integer field {@code name} of {@code n}.
     *
     * @param n     the object
     * @param name  the field
     * @param where the object's name in messages
     * @return the value
     * @throws IllegalArgumentException if it is missing or not an integer that fits a long
     */
    public static long integer(JsonNode n, String name, String where) {
        JsonNode v = field(n, name, where);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(where + "." + name + " must be an integer, but was " + v);
        }
        return v.asLong();
    }

    /**
     * The number field {@code name} of {@code n}.
     *
     * @param n     the object
     * @param name  the field
     * @param where the object's name in messages
     * @return the value
     * @throws IllegalArgumentException if it is missing or not a number
     */
    public static double number(JsonNode n, String name, String where) {
        JsonNode v = field(n, name, where);
        if (!v.isNumber()) {
            throw new IllegalArgumentException(where + "." + name + " must be a number, but was " + v);
        }
        return v.asDouble();
    }

    /**
     * The boolean field {@code name} of {@code n}.
     *
     * @param n     the object
     * @param name  the field
     * @param where the object's name in messages
     * @return the value
     * @throws IllegalArgumentException if it is missing or not true or false
     */
    public static boolean bool(JsonNode n, String name, String where) {
        JsonNode v = field(n, name, where);
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(where + "." + name + " must be true or false, but was " + v);
        }
        return v.asBoolean();
    }
}
