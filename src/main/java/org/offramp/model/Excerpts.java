package org.offramp.model;

import java.util.Locale;
import java.util.Objects;

/**
 * How a user's text is shown in a message: escaped and cut short, so that a message never echoes a
 * whole file or breaks a line. The one implementation, used by the SPI and by every loader.
 * Stateless and thread-safe.
 */
public final class Excerpts {
    /** The most characters of a user's text that a message shows. */
    public static final int LENGTH = 60;

    private Excerpts() {
    }

    /**
     * A user's text as a message may show it: line breaks and other control characters escaped
     * ({@code \n}, {@code \t}, other control characters as Unicode escapes), and cut to its first
     * {@value #LENGTH} characters, with the full length said.
     *
     * @param text the text as written
     * @return the excerpt, e.g. {@code index,seed,outcome\n0,123,WAR… (5,412,331 characters)}
     * @throws NullPointerException if {@code text} is null
     */
    public static String excerpt(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length() && shown < LENGTH; i++, shown++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (text.length() > LENGTH) {
            sb.append(String.format(Locale.ROOT, "\u2026 (%,d characters)", text.length()));
        }
        return sb.toString();
    }

    /**
     * {@link #excerpt(String)} in double quotes, inner double quotes escaped: how a string value is
     * shown in a message ({@code "yes"}).
     *
     * @param text the text as written
     * @return the quoted excerpt
     * @throws NullPointerException if {@code text} is null
     */
    public static String quote(String text) {
        return '"' + excerpt(text).replace("\"", "\\\"") + '"';
    }
}
