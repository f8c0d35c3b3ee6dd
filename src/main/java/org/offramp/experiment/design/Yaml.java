package org.offramp.experiment.design;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.offramp.scenario.ScenarioException;

/**
 * A small line-aware YAML tree for policy experiment files: every value remembers the line it
 * starts on, so that every error can name it. Read with Jackson's streaming parser (data binding
 * forgets lines). YAML 1.2 booleans only ({@code yes}/{@code no} stay strings); aliases refused.
 * Immutable nodes; the reader is stateless.
 */
final class Yaml {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private Yaml() {
    }

    sealed interface Node permits Map, Seq, Scalar {
        int line();

        String describe();
    }

    record Entry(String key, int line, Node value) {
    }

    record Map(int line, List<Entry> entries) implements Node {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Seq(int line, List<Node> items) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    enum Kind { STRING, INTEGER, REAL, BOOLEAN, NULL }

    record Scalar(int line, Kind kind, String text) implements Node {
        boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.REAL;
        }

        @Override
        public String describe() {
            return kind == Kind.STRING ? '"' + text + '"' : kind == Kind.NULL ? "null (no value)" : text;
        }
    }

    static Map read(String text, String source) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                throw new ScenarioException(source, 1, "", "an empty document", "a YAML mapping of keys to values",
                        "the document is empty; allowed: a YAML mapping of keys to values");
            }
            Node root = value(p, source);
            if (!(root instanceof Map m)) {
                throw ScenarioException.invalid(source, root.line(), "(document)", root.describe(),
                        "a YAML mapping of keys to values");
            }
            if (p.nextToken() != null) {
                throw new ScenarioException(source, p.currentTokenLocation().getLineNr(), "", "a second document",
                        "one YAML document", "a second YAML document starts here; allowed: one YAML document per file");
            }
            return m;
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            String msg = e.getOriginalMessage() == null ? "unreadable YAML" : e.getOriginalMessage().strip().lines()
                    .findFirst().orElse("unreadable YAML");
            throw new ScenarioException(source, line, "", msg, "well-formed YAML",
                    "malformed YAML: " + msg + "; allowed: well-formed YAML", e);
        } catch (IOException e) {
            throw new ScenarioException(source, -1, "", e.toString(), "a readable YAML text",
                    "cannot read YAML: " + e.getMessage(), e);
        }
    }

    private static Node value(JsonParser p, String source) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new ScenarioException(source, line, "", "*" + p.getText(), "plain values",
                    "YAML aliases (*" + p.getText() + ") are not supported; allowed: plain values written out");
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                List<Entry> entries = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    entries.add(new Entry(key, keyLine, value(p, source)));
                }
                return new Map(line, List.copyOf(entries));
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, source));
                }
                return new Seq(line, List.copyOf(items));
            }
            case VALUE_STRING:
                return new Scalar(line, Kind.STRING, p.getText());
            case VALUE_NUMBER_INT:
                return new Scalar(line, Kind.INTEGER, p.getText());
            case VALUE_NUMBER_FLOAT:
                return new Scalar(line, Kind.REAL, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                // Only YAML 1.2's true/false are booleans, so that "no" never silently means false.
                boolean strict = p.getText().equalsIgnoreCase("true") || p.getText().equalsIgnoreCase("false");
                return new Scalar(line, strict ? Kind.BOOLEAN : Kind.STRING, p.getText());
            case VALUE_NULL:
                return new Scalar(line, Kind.NULL, "null");
            default:
                throw new ScenarioException(source, line, "", String.valueOf(t), "a YAML value",
                        "unexpected YAML token " + t + "; allowed: mappings, lists and plain values");
        }
    }
}
