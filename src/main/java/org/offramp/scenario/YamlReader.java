package org.offramp.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;

/**
 * The one YAML reader of the library's files (scenario, experiment and policy experiment files):
 * one YAML 1.2 document, read into {@link YamlNode}s that remember their lines, because every error
 * message must name a line.
 *
 * <p>The rules, the same for every file:
 * <ul>
 * <li>Scalars are resolved by the YAML 1.2 core schema ({@link Numbers}): {@code 010} is ten,
 *     {@code 0x10} sixteen, {@code yes} a string, {@code True} a boolean; quoted values are strings.</li>
 * <li>One document per file; the root is a mapping.</li>
 * <li>No anchors, aliases or tags ({@code &x}, {@code *x}, {@code !!int}): values are written out.</li>
 * <li>Mapping keys are plain values (no lists or mappings as keys); repeated keys are kept here and
 *     refused by {@link YamlFields} with both lines.</li>
 * <li>At most {@value #MAX_DEPTH} levels of nesting, and at most {@value #MAX_BYTES} bytes
 *     (1 MiB) of UTF-8 text, checked before the file is read, so that a wrong file (a CSV of runs,
 *     {@code /dev/zero}) is refused at once.</li>
 * </ul>
 *
 * <p>The parser is snakeyaml-engine's, used at the level of its events: they carry the marks that
 * give lines, and building the tree here keeps anchors, tags and depth under our control. Stateless
 * and safe to use from several threads (each call makes its own parser).
 */
public final class YamlReader {
    /** The largest input: a file's size in bytes, or a text's length in characters (1 MiB). */
    public static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting of mappings and lists. */
    public static final int MAX_DEPTH = 64;
    /** How the size limit reads in messages. */
    static final String SIZE_ALLOWED = "at most 1 MiB (1,048,576 bytes) of UTF-8 text";
    private static final int MAX_PROBLEM = 200;

    private YamlReader() {
    }

    /**
     * Reads a file as UTF-8 text, after checking that it is a regular file of at most
     * {@value #MAX_BYTES} bytes.
     *
     * @param file    the file
     * @param source  the name for messages: the file itself, or the file that refers to it
     * @param line    the line of {@code source} that refers to the file, or -1
     * @param key     the key that refers to it ("extends", "scenario"), or "" for a file given directly
     * @param allowed what the file should be, e.g. "a scenario file (YAML)"
     * @return the text
     * @throws ScenarioException if the file does not exist, is a folder or a device, is too large,
     *                           is not UTF-8 or cannot be read
     */
    public static String readFile(Path file, String source, int line, String key, String allowed) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(allowed, "allowed");
        String problem;
        if (!Files.exists(file)) {
            problem = "no such file";
        } else if (Files.isDirectory(file)) {
            problem = "a folder, not a file";
        } else if (!Files.isRegularFile(file)) {
            problem = "not a regular file (a device, pipe or socket)";
        } else {
            try {
                long size = Files.size(file);
                problem = size > MAX_BYTES ? tooLarge(size) : null;
                if (problem == null) {
                    return decode(file, readBounded(file));
                }
            } catch (Unusable e) {
                problem = e.getMessage();
            } catch (IOException e) {
                problem = "cannot be read (" + e + ")";
            }
        }
        String fullAllowed = allowed + ", " + SIZE_ALLOWED;
        // A file given directly is the message's source already; a file named by a key is shown after it.
        String ref = key.isEmpty() ? "" : key + " '" + ScenarioException.excerpt(file.toString()) + "': ";
        throw new ScenarioException(source, line, key, file.toString(), fullAllowed,
                ref + problem + "; allowed: " + fullAllowed);
    }

    private static String tooLarge(long size) {
        return String.format(Locale.ROOT, "%,d bytes, too large for a YAML input file", size);
    }

    /** The file's bytes, reading at most one byte past the limit (the file may grow after its size was checked). */
    private static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Unusable(String.format(Locale.ROOT, "more than %,d bytes, too large for a YAML input file",
                        MAX_BYTES));
            }
            return bytes;
        }
    }

    /** Strict UTF-8: a malformed byte is an error naming its offset, never a replacement character. */
    private static String decode(Path file, byte[] bytes) throws Unusable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new Unusable(String.format(Locale.ROOT, "not UTF-8 text (byte 0x%02x at offset %,d)",
                    bytes[in.position()] & 0xff, in.position()));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** A file that is too large or not UTF-8 text; its message says which. */
    private static final class Unusable extends IOException {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    /**
     * Parses the single document of {@code text}, which must be a mapping.
     *
     * @param text   the YAML text, at most {@value #MAX_BYTES} characters
     * @param source the name to put in error messages
     * @return the root mapping
     * @throws ScenarioException for malformed YAML, an empty document, a non-mapping root, several
     *                           documents, anchors, aliases, tags, a non-scalar key, nesting deeper
     *                           than {@value #MAX_DEPTH} or a text that is too long
     */
    public static YamlNode.Mapping readMapping(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (text.length() > MAX_BYTES) {
            throw new ScenarioException(source, -1, "", text.length() + " characters", SIZE_ALLOWED,
                    String.format(Locale.ROOT, "the text is %,d characters, too long for a YAML input; allowed: %s",
                            text.length(), SIZE_ALLOWED));
        }
        LoadSettings settings = LoadSettings.builder().setLabel(source).setUseMarks(true)
                .setCodePointLimit(MAX_BYTES * 4).build();
        Events events = new Events(new Parse(settings).parseString(text).iterator(), source, text);
        events.next(); // stream start
        Event first = events.next();
        if (first.getEventId() == Event.ID.StreamEnd) {
            throw empty(source, 1);
        }
        YamlNode root = events.node(events.next(), 1);
        if (root instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL) {
            throw empty(source, root.line());
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new ScenarioException(source, root.line(), "", root.describe(), "a YAML mapping of keys to values",
                    "the document must be a YAML mapping of keys to values, but was " + root.describe());
        }
        events.next(); // document end
        Event after = events.next();
        if (after.getEventId() != Event.ID.StreamEnd) {
            throw new ScenarioException(source, line(after), "", "a second YAML document", "one YAML document",
                    "a second YAML document starts here; allowed: one YAML document per file");
        }
        return mapping;
    }

    private static ScenarioException empty(String source, int line) {
        return new ScenarioException(source, line, "", "an empty document", "a YAML mapping of keys to values",
                "the document is empty; allowed: a YAML mapping of keys to values");
    }

    private static int line(Event e) {
        return e.getStartMark().map(m -> m.getLine() + 1).orElse(-1);
    }

    /** The parser's events, with its errors turned into messages that name a line. */
    private static final class Events {
        private final Iterator<Event> it;
        private final String source;
        private final String text;

        Events(Iterator<Event> it, String source, String text) {
            this.it = it;
            this.source = source;
            this.text = text;
        }

        Event next() {
            try {
                return it.next();
            } catch (MarkedYamlEngineException e) {
                Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
                int line = mark.map(m -> m.getLine() + 1).orElse(-1);
                String problem = e.getProblem() == null ? "unreadable YAML" : e.getProblem().strip();
                String where = mark.map(m -> "column " + (m.getColumn() + 1)).orElse("");
                String context = e.getContext() == null ? "" : e.getContext().strip();
                String detail = cut(problem) + (where.isEmpty() && context.isEmpty() ? ""
                        : " (" + where + (where.isEmpty() || context.isEmpty() ? "" : ", ") + context + ")");
                throw new ScenarioException(source, line, "", detail, "well-formed YAML",
                        "malformed YAML: " + detail + "; allowed: well-formed YAML", e);
            } catch (YamlVersionException e) {
                int line = 1 + (int) text.substring(0, Math.max(0, text.indexOf("%YAML"))).chars()
                        .filter(c -> c == '\n').count();
                String detail = "a %YAML directive of another version than 1.x";
                throw new ScenarioException(source, line, "", detail, "YAML 1.2 (or no %YAML directive)",
                        "malformed YAML: " + detail + "; allowed: YAML 1.2 (or no %YAML directive)", e);
            } catch (ReaderException e) {
                int line = lineAt(e.getPosition());
                String detail = String.format(Locale.ROOT, "the character U+%04X, which YAML does not allow",
                        e.getCodePoint());
                throw new ScenarioException(source, line, "", detail, "printable Unicode text",
                        "malformed YAML: " + detail + "; allowed: printable Unicode text", e);
            } catch (YamlEngineException e) {
                String detail = cut(String.valueOf(e.getMessage()).strip());
                throw new ScenarioException(source, -1, "", detail, "well-formed YAML",
                        "malformed YAML: " + detail + "; allowed: well-formed YAML", e);
            }
        }

        private int lineAt(int codePointIndex) {
            int line = 1;
            int cp = 0;
            for (int i = 0; i < text.length() && cp < codePointIndex; i += Character.charCount(text.codePointAt(i))) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
                cp++;
            }
            return line;
        }

        private static String cut(String s) {
            String one = s.lines().findFirst().orElse(s);
            return one.length() <= MAX_PROBLEM ? one : one.substring(0, MAX_PROBLEM) + "\u2026";
        }

        /** The node that starts with {@code e}, at nesting {@code depth}. */
        YamlNode node(Event e, int depth) {
            int line = line(e);
            if (e instanceof AliasEvent a) {
                String name = a.getAlias().getValue();
                throw new ScenarioException(source, line, "", "*" + name, "plain values written out",
                        "YAML aliases (*" + ScenarioException.excerpt(name) + ") are not supported; allowed: plain"
                                + " values written out");
            }
            if (e instanceof NodeEvent n && n.getAnchor().isPresent()) {
                String name = n.getAnchor().get().getValue();
                throw new ScenarioException(source, line, "", "&" + name, "plain values written out",
                        "YAML anchors (&" + ScenarioException.excerpt(name) + ") are not supported; allowed: plain"
                                + " values written out");
            }
            Optional<String> tag = e instanceof ScalarEvent s ? s.getTag()
                    : e instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
            if (tag.isPresent()) {
                String t = tag.get().replace("tag:yaml.org,2002:", "!!");
                throw new ScenarioException(source, line, "", t, "plain values without tags",
                        "YAML tags (" + ScenarioException.excerpt(t) + ") are not supported; allowed: plain values"
                                + " without tags");
            }
            if (depth > MAX_DEPTH) {
                throw new ScenarioException(source, line, "", "nesting deeper than " + MAX_DEPTH + " levels",
                        "at most " + MAX_DEPTH + " levels", "mappings and lists are nested deeper than " + MAX_DEPTH
                                + " levels here; allowed: at most " + MAX_DEPTH + " levels");
            }
            switch (e.getEventId()) {
                case Scalar:
                    return scalar((ScalarEvent) e, line);
                case SequenceStart: {
                    List<YamlNode> items = new ArrayList<>();
                    for (Event x = next(); x.getEventId() != Event.ID.SequenceEnd; x = next()) {
                        items.add(node(x, depth + 1));
                    }
                    return new YamlNode.Sequence(line, items);
                }
                case MappingStart: {
                    List<YamlNode.Entry> entries = new ArrayList<>();
                    for (Event k = next(); k.getEventId() != Event.ID.MappingEnd; k = next()) {
                        YamlNode key = node(k, depth + 1);
                        if (!(key instanceof YamlNode.Scalar s)) {
                            throw new ScenarioException(source, key.line(), "", key.describe(), "plain keys",
                                    "a key must be a plain value, but was " + key.describe() + "; allowed: plain keys");
                        }
                        entries.add(new YamlNode.Entry(s.text(), s.line(), node(next(), depth + 1)));
                    }
                    return new YamlNode.Mapping(line, entries);
                }
                default:
                    throw new ScenarioException(source, line, "", String.valueOf(e.getEventId()), "a YAML value",
                            "unexpected YAML event " + e.getEventId() + "; allowed: mappings, lists and plain values");
            }
        }

        /** A scalar resolved by the core schema; quoted and block scalars are strings. */
        private static YamlNode.Scalar scalar(ScalarEvent s, int line) {
            String text = s.getValue();
            if (!s.isPlain()) {
                return new YamlNode.Scalar(line, YamlNode.Kind.STRING, text, null, Double.NaN, false);
            }
            if (Numbers.isNull(text)) {
                return new YamlNode.Scalar(line, YamlNode.Kind.NULL, "null", null, Double.NaN, false);
            }
            if (Numbers.isBoolean(text)) {
                return new YamlNode.Scalar(line, YamlNode.Kind.BOOLEAN, text, null, Double.NaN,
                        text.equalsIgnoreCase("true"));
            }
            BigInteger i = Numbers.integer(text);
            if (i != null) {
                return new YamlNode.Scalar(line, YamlNode.Kind.INTEGER, text, i, i.doubleValue(), false);
            }
            if (Numbers.isReal(text)) {
                return new YamlNode.Scalar(line, YamlNode.Kind.REAL, text, null, Numbers.real(text), false);
            }
            return new YamlNode.Scalar(line, YamlNode.Kind.STRING, text, null, Double.NaN, false);
        }
    }
}
