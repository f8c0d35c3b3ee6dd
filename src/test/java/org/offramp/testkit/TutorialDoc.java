package org.offramp.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tutorial {@code docs/your-own-model.md} as its tests read it: the code it quotes from the
 * sources, and the commands it shows with their outputs.
 *
 * <p>A quote is a line {@code <!-- include: PATH#REGION -->} (or {@code PATH} alone, for a whole file)
 * followed by a fenced block. A region of a source file lies between the lines {@code // region NAME}
 * (or {@code # region NAME}) and {@code // endregion}, dedented; a region {@code cell-N} of a
 * notebook is the source of its cell N. A command is a line {@code $ ./offramp ...} in a fenced
 * block; the lines after it, up to the next command or the end of the block, are its output, in
 * which {@code …} stands for any text within a line.
 */
public final class TutorialDoc {
    /** The tutorial, relative to the repository (the tests' working directory). */
    public static final Path PATH = Path.of("docs", "your-own-model.md");

    private static final Pattern INCLUDE = Pattern.compile("<!-- include: (\\S+?)(?:#(\\S+))? -->");
    private static final Pattern REGION = Pattern.compile("(?://|#) region (\\S+)");

    private TutorialDoc() {
    }

    /**
     * A quote of the sources.
     *
     * @param line   the line of the include marker, from 1
     * @param path   the quoted file, relative to the repository
     * @param region the region, or null for the whole file
     * @param quoted the text of the fenced block that follows the marker
     */
    public record Include(int line, String path, String region, String quoted) {
    }

    /**
     * A command the tutorial shows.
     *
     * @param line     its line, from 1
     * @param command  the command, without the prompt {@code $ }
     * @param expected the output shown after it, or null when none is shown
     */
    public record Command(int line, String command, String expected) {
    }

    /** The tutorial's lines. */
    public static List<String> lines() {
        try {
            return Files.readAllLines(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every quote, in order. */
    public static List<Include> includes() {
        List<String> lines = lines();
        List<Include> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = INCLUDE.matcher(lines.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
                throw new AssertionError(PATH + ":" + (i + 1) + ": an include marker must be followed by a fenced block");
            }
            int end = i + 2;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            out.add(new Include(i + 1, m.group(1), m.group(2), String.join("\n", lines.subList(i + 2, end))));
        }
        return out;
    }

    /** Every command, in order. */
    public static List<Command> commands() {
        List<String> lines = lines();
        List<Command> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced || !l.startsWith("$ ")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("$ ") && !lines.get(end).equals("```")) {
                end++;
            }
            String expected = end == i + 1 ? null : String.join("\n", lines.subList(i + 1, end));
            out.add(new Command(i + 1, l.substring(2), expected));
        }
        return out;
    }

    /**
     * The commands the tutorial names in running text ({@code `./offramp ...`} outside fenced blocks),
     * but those with a placeholder in capitals such as {@code NAME}.
     *
     * @return the commands, without expected output
     */
    public static List<Command> inlineCommands() {
        List<String> lines = lines();
        List<Command> out = new ArrayList<>();
        Pattern inline = Pattern.compile("`(\\./offramp [^`]+)`");
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher m = inline.matcher(lines.get(i));
            while (!fenced && m.find()) {
                if (!m.group(1).matches(".*\\b[A-Z]{2,}\\b.*")) {
                    out.add(new Command(i + 1, m.group(1), null));
                }
            }
        }
        return out;
    }

    /**
     * The text of a region of a file, or of the whole file when {@code region} is null.
     *
     * @param path   the file, relative to the repository
     * @param region the region's name, or null
     * @return the text, dedented, without a final line break
     */
    public static String region(String path, String region) {
        Path file = Path.of(path);
        try {
            if (path.endsWith(".ipynb")) {
                JsonNode cells = new ObjectMapper().readTree(file.toFile()).path("cells");
                StringBuilder sb = new StringBuilder();
                cells.path(Integer.parseInt(region.substring("cell-".length()))).path("source")
                        .forEach(s -> sb.append(s.asText()));
                return sb.toString();
            }
            String text = Files.readString(file);
            if (region == null) {
                return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            }
            String body = regions(file).get(region);
            if (body == null) {
                throw new AssertionError(path + " has no region " + region + "; it has " + regions(file).keySet());
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every region of a source file, by name, in order; each dedented by its least indentation.
     *
     * @param file the file
     * @return the regions' texts
     * @throws AssertionError if a region is not closed or a name repeats
     */
    public static Map<String, String> regions(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = REGION.matcher(lines.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().matches("(//|#) endregion")) {
                end++;
            }
            if (end == lines.size()) {
                throw new AssertionError(file + ":" + (i + 1) + ": region " + m.group(1) + " is not closed");
            }
            List<String> body = lines.subList(i + 1, end);
            int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                    .min().orElse(0);
            List<String> dedented = body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
            if (out.put(m.group(1), String.join("\n", dedented)) != null) {
                throw new AssertionError(file + ": region " + m.group(1) + " is declared twice");
            }
            i = end;
        }
        return out;
    }

    /**
     * Whether a command's output matches the output shown: line by line, {@code …} standing for any
     * text within a line.
     *
     * @param expected the output shown
     * @param actual   the output
     * @return true if they match
     */
    public static boolean matches(String expected, String actual) {
        StringBuilder regex = new StringBuilder();
        for (String part : expected.split("…", -1)) {
            if (regex.length() > 0) {
                regex.append("[^\\n]*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString()).matcher(actual.stripTrailing()).matches();
    }
}
