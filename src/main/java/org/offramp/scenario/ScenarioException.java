package org.offramp.scenario;

import java.util.Objects;
import org.offramp.model.Excerpts;

/**
 * A scenario file, experiment file or {@code --set} override that cannot be accepted. It names
 * where the problem is (source and line), which key, the bad value and what is allowed, and its
 * message reads like
 *
 * <pre>
 * experiments/x.yaml:12: perception.noise.washington.tehran must be a number in [0, 5], but was 7.5
 * </pre>
 *
 * <p>Every input is checked completely before any run starts, so this exception is thrown while
 * loading, never in the middle of an experiment. Instances are immutable.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the input came from. */
    private final String source;
    /** The key path of the offending entry. */
    private final String path;
    /** The 1-based line of the offending entry, or -1. */
    private final int line;
    /** The bad value as written. */
    private final String value;
    /** What would have been accepted. */
    private final String allowed;

    /**
     * Creates an exception whose message is {@code source:line: detail}.
     *
     * @param source  the file name, {@code embedded:NAME} or {@code --set}
     * @param line    the 1-based line of the offending key or value, or -1 when unknown
     * @param path    the key path, e.g. {@code precision.halfWidth}; empty for the document itself
     * @param value   the bad value as written (strings quoted), or a word such as "missing"
     * @param allowed what would have been accepted
     * @param detail  the sentence to show after the location; it should mention path, value and allowed
     */
    public ScenarioException(String source, int line, String path, String value, String allowed, String detail) {
        this(source, line, path, value, allowed, detail, null);
    }

    /**
     * As {@link #ScenarioException(String, int, String, String, String, String)}, with a cause.
     *
     * @param source  the file name, {@code embedded:NAME} or {@code --set}
     * @param line    the 1-based line of the offending key or value, or -1 when unknown
     * @param path    the key path, e.g. {@code precision.halfWidth}; empty for the document itself
     * @param value   the bad value as written (strings quoted), or a word such as "missing"
     * @param allowed what would have been accepted
     * @param detail  the sentence to show after the location; it should mention path, value and allowed
     * @param cause   the failure that made the input unacceptable (e.g. a parse error)
     */
    public ScenarioException(String source, int line, String path, String value, String allowed, String detail,
                             Throwable cause) {
        super(location(source, line) + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.path = Objects.requireNonNull(path, "path");
        this.line = line;
        this.value = Objects.requireNonNull(value, "value");
        this.allowed = Objects.requireNonNull(allowed, "allowed");
    }

    /**
     * The usual case: "{@code PATH must be ALLOWED, but was VALUE}".
     *
     * @param source  the file name, {@code embedded:NAME} or {@code --set}
     * @param line    the 1-based line of the offending key or value, or -1 when unknown
     * @param path    the key path, e.g. {@code precision.halfWidth}
     * @param value   the bad value as written (strings quoted), or a word such as "missing"
     * @param allowed a phrase that follows "must be", e.g. "a number in [0, 5]"
     * @return the exception, to throw
     */
    public static ScenarioException invalid(String source, int line, String path, String value, String allowed) {
        return new ScenarioException(source, line, path, value, allowed,
                path + " must be " + allowed + ", but was " + value);
    }

    /** The most characters of a user's text that a message shows: {@link Excerpts#LENGTH}. */
    public static final int EXCERPT_LENGTH = Excerpts.LENGTH;

    /**
     * A user's text as a message may show it: {@link Excerpts#excerpt(String)}.
     *
     * @param text the text as written
     * @return the excerpt, e.g. {@code index,seed,outcome\n0,123,WAR… (5,412,331 characters)}
     * @throws NullPointerException if {@code text} is null
     */
    public static String excerpt(String text) {
        return Excerpts.excerpt(text);
    }

    /**
     * {@link #excerpt(String)} in double quotes, inner double quotes escaped: {@link Excerpts#quote(String)}.
     *
     * @param text the text as written
     * @return the quoted excerpt
     * @throws NullPointerException if {@code text} is null
     */
    public static String quote(String text) {
        return Excerpts.quote(text);
    }

    private static String location(String source, int line) {
        return line > 0 ? source + ":" + line : source;
    }

    /** {@return where the input came from: a file name, {@code embedded:NAME} or {@code --set}} */
    public String source() {
        return source;
    }

    /** {@return the key path of the offending entry; empty when the problem is the document itself} */
    public String path() {
        return path;
    }

    /** {@return the 1-based line of the offending entry, or -1 when unknown (e.g. for {@code --set})} */
    public int line() {
        return line;
    }

    /** {@return the bad value as written, strings in double quotes; or a word such as "missing"} */
    public String value() {
        return value;
    }

    /** {@return what would have been accepted} */
    public String allowed() {
        return allowed;
    }
}
