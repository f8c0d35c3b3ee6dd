package org.offramp.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s that remember their lines. Jackson's streaming
 * parser is used instead of data binding because binding forgets where each value came from, and
 * every error message must name a line.
 *
 * <p>Stateless and safe to use from several threads (each call makes its own parser).
 */
final class YamlReader {
    // The factory is thread-safe once configured; parsers are not, so each call makes one.
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /**
     * Parses the single document of {@code text}, which must be a mapping.
     *
     * @param source the name to put in error messages
     * @throws ScenarioException for malformed YAML, an empty document, a non-mapping root, several
     *                           documents or YAML aliases
     */
    static YamlNode.Mapping readMapping(String text, String source) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ScenarioException(source, 1, "", "an empty document", "a YAML mapping of keys to values",
                        "the document is empty; allowed: a YAML mapping of keys to values");
            }
            YamlNode root = readValue(p, source);
            if (!(root instanceof YamlNode.Mapping mapping)) {
                throw new ScenarioException(source, root.line(), "", root.describe(), "a YAML mapping of keys to values",
                        "the document must be a YAML mapping of keys to values, but was " + root.describe());
            }
            if (p.nextToken() != null) {
                int line = line(p.currentTokenLocation());
                throw new ScenarioException(source, line, "", "a second YAML document", "one YAML document",
                        "a second YAML document starts here; allowed: one YAML document per file");
            }
            return mapping;
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? -1 : line(e.getLocation());
            String message = firstLine(e.getOriginalMessage());
            // SnakeYAML knows the exact problem and where it is; Jackson's location is sometimes
            // the start of the construct being read, lines before the actual mistake.
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null && m.getProblem() != null) {
                line = m.getProblemMark().getLine() + 1;
                message = m.getProblem().strip() + " (column " + (m.getProblemMark().getColumn() + 1)
                        + (m.getContext() == null ? "" : ", " + m.getContext().strip()) + ")";
            }
            throw new ScenarioException(source, line, "", message, "well-formed YAML",
                    "malformed YAML: " + message + "; allowed: well-formed YAML", e);
        } catch (IOException e) {
            // Reading from a String cannot fail for I/O reasons; keep the cause if it ever does.
            throw new ScenarioException(source, -1, "", e.toString(), "a readable YAML text",
                    "cannot read YAML: " + e.getMessage(), e);
        }
    }

    private static YamlNode readValue(JsonParser p, String source) throws IOException {
        JsonToken t = p.currentToken();
        int line = line(p.currentTokenLocation());
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new ScenarioException(source, line, "", "*" + p.getText(), "plain values",
                    "YAML aliases (*" + p.getText() + ") are not supported; allowed: plain values written out");
        }
        switch (t) {
            case START_OBJECT:
                return readMapping(p, source, line);
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, source));
                }
                return new YamlNode.Sequence(line, items);
            }
            case VALUE_STRING:
                return new YamlNode.Scalar(line, YamlNode.Kind.STRING, p.getText(), null, Double.NaN, false);
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(line, YamlNode.Kind.INTEGER, p.getText(), p.getBigIntegerValue(),
                        p.getBigIntegerValue().doubleValue(), false);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(line, YamlNode.Kind.REAL, p.getText(), null, p.getDoubleValue(), false);
            case VALUE_TRUE:
            case VALUE_FALSE:
                // The parser also reads YAML 1.1's yes/no/on/off as booleans; only true and false
                // (YAML 1.2) count here, so that "no" can never silently mean false.
                if (!p.getText().equalsIgnoreCase("true") && !p.getText().equalsIgnoreCase("false")) {
                    return new YamlNode.Scalar(line, YamlNode.Kind.STRING, p.getText(), null, Double.NaN, false);
                }
                return new YamlNode.Scalar(line, YamlNode.Kind.BOOLEAN, p.getText(), null, Double.NaN,
                        t == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return new YamlNode.Scalar(line, YamlNode.Kind.NULL, "null", null, Double.NaN, false);
            default:
                throw new ScenarioException(source, line, "", String.valueOf(t), "a YAML value",
                        "unexpected YAML token " + t + "; allowed: mappings, lists and plain values");
        }
    }

    private static YamlNode.Mapping readMapping(JsonParser p, String source, int line) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int keyLine = line(p.currentTokenLocation());
            p.nextToken();
            entries.add(new YamlNode.Entry(key, keyLine, readValue(p, source)));
        }
        return new YamlNode.Mapping(line, entries);
    }

    private static int line(JsonLocation location) {
        return location.getLineNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }
}
