package org.offramp.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What a results file holds, in a form a reader can check it against: its SHA-256, its number of
 * data rows (the lines after the header line) and its length in bytes. {@code summary.json} records
 * it for {@code runs.csv}, a checkpoint for the committed part of {@code runs.csv.partial}, and a
 * shard's {@code partial.json} for the shard's {@code runs.csv}; resume and merge recompute it and
 * refuse a file that differs.
 *
 * <pre>{@code
 * FileDigest d = FileDigest.of(dir.resolve("runs.csv"));
 * d.sha256();   // 64 lower-case hex digits, as sha256sum prints them
 * }</pre>
 *
 * @param sha256 the SHA-256 of the file's bytes, 64 lower-case hexadecimal digits
 * @param rows   the number of line feeds after the first one (the data rows of a CSV file with a header)
 * @param bytes  the file's length
 *
 * <p>Immutable and thread-safe.
 */
public record FileDigest(String sha256, long rows, long bytes) {
    private static final HexFormat HEX = HexFormat.of();

    /**
     * Checks the fields.
     *
     * @param sha256 the SHA-256 of the file's bytes, 64 lower-case hexadecimal digits
     * @param rows   the number of line feeds after the first one (the data rows of a CSV file with a header)
     * @param bytes  the file's length
     * @throws IllegalArgumentException if the hash is not 64 hex digits or a count is negative
     */
    public FileDigest {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, but was " + sha256);
        }
        if (rows < 0 || bytes < 0) {
            throw new IllegalArgumentException("rows and bytes must be at least 0, but were " + rows + " and " + bytes);
        }
    }

    /**
     * Reads a whole file.
     *
     * @param file the file
     * @return its digest
     * @throws IOException if it cannot be read
     */
    public static FileDigest of(Path file) throws IOException {
        Running r = new Running();
        try (InputStream in = Files.newInputStream(file)) {
            r.updateFrom(in, Long.MAX_VALUE);
        }
        return r.current();
    }

    /**
     * Reads the first {@code length} bytes of a file (all of it if it is shorter).
     *
     * @param file   the file
     * @param length how many bytes to read from its start
     * @return the digest of those bytes
     * @throws IOException if it cannot be read
     */
    public static FileDigest ofPrefix(Path file, long length) throws IOException {
        Running r = new Running();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            r.updateFrom(Channels.newInputStream(ch), length);
        }
        return r.current();
    }

    /** {@return the digest as JSON: {@code {"sha256": ..., "rows": ..., "bytes": ...}}} */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("sha256", sha256);
        n.put("rows", rows);
        n.put("bytes", bytes);
        return n;
    }

    /**
     * Reads what {@link #toJson()} wrote.
     *
     * @param n    the JSON object
     * @param what what it describes, for the message
     * @return the digest
     * @throws IllegalArgumentException naming the field if one is missing or malformed
     */
    public static FileDigest fromJson(JsonNode n, String what) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(what + " must be an object with sha256, rows and bytes, but was " + n);
        }
        for (String f : new String[] {"rows", "bytes"}) {
            if (!n.path(f).canConvertToLong() || !n.path(f).isIntegralNumber()) {
                throw new IllegalArgumentException(what + "." + f + " must be a whole number, but was " + n.get(f));
            }
        }
        if (!n.path("sha256").isTextual()) {
            throw new IllegalArgumentException(what + ".sha256 must be text, but was " + n.get("sha256"));
        }
        return new FileDigest(n.path("sha256").asText(), n.path("rows").asLong(), n.path("bytes").asLong());
    }

    /**
     * What differs between this digest, recorded earlier, and {@code actual}, recomputed now, in
     * words; empty if they agree.
     *
     * @param actual the digest of the file as it is
     * @return e.g. "it has 1,200 bytes and 4 rows, but 1,500 bytes and 5 rows were recorded"
     */
    public String difference(FileDigest actual) {
        if (equals(actual)) {
            return "";
        }
        if (bytes != actual.bytes || rows != actual.rows) {
            return String.format(Locale.ROOT, "it has %,d bytes and %,d rows, but %,d bytes and %,d rows were recorded",
                    actual.bytes, actual.rows, bytes, rows);
        }
        return "its SHA-256 is " + actual.sha256 + ", but " + sha256 + " was recorded (same length and rows:"
                + " its content was altered)";
    }

    /**
     * A digest computed as bytes go by, for a file written in pieces. Not thread-safe.
     */
    public static final class Running {
        private final MessageDigest sha;
        private long bytes;
        private long lineFeeds;

        /** An empty digest. */
        public Running() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException ex) {
                // Every Java platform must provide SHA-256 (MessageDigest's specification).
                throw new IllegalStateException("SHA-256 is not available", ex);
            }
        }

        /**
         * Adds bytes.
         *
         * @param b   the bytes
         * @param off the first one to add
         * @param len how many to add
         */
        public void update(byte[] b, int off, int len) {
            sha.update(b, off, len);
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lineFeeds++;
                }
            }
        }

        /**
         * Adds bytes.
         *
         * @param b the bytes
         */
        public void update(byte[] b) {
            update(b, 0, b.length);
        }

        /** Adds up to {@code max} bytes read from {@code in}. */
        void updateFrom(InputStream in, long max) throws IOException {
            byte[] buf = new byte[1 << 16];
            long left = max;
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                update(buf, 0, n);
                left -= n;
            }
        }

        /**
         * The digest of the bytes added so far; more may be added afterwards.
         *
         * @return the digest
         */
        public FileDigest current() {
            MessageDigest copy;
            try {
                copy = (MessageDigest) sha.clone();
            } catch (CloneNotSupportedException ex) {
                // The JDK's SHA-256 is cloneable; a provider whose is not cannot give running digests.
                throw new IllegalStateException("the SHA-256 implementation cannot be cloned", ex);
            }
            return new FileDigest(HEX.formatHex(copy.digest()), Math.max(0, lineFeeds - 1), bytes);
        }

        /**
         * A stream that adds every byte written through it to this digest and passes it on.
         *
         * @param out the stream to pass the bytes on to; closed when the returned stream is closed
         * @return the stream to write to
         */
        public OutputStream tee(OutputStream out) {
            Objects.requireNonNull(out, "out");
            return new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    update(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    update(b, off, len);
                }
            };
        }
    }
}
