package org.offramp.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * summary.json without the fields that describe the machine and the engine rather than the results:
 * the provenance's {@code threads} and {@code wallTimeSeconds}, which every summary has, its
 * {@code engine}, which shards and Spark add, and its {@code invocation}, the command line that
 * produced it (two commands that must agree on the results differ there). Two runs of the same experiment must agree on the rest,
 * byte for byte, on any thread count, machine or engine.
 */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryJson() {
    }

    /**
     * The summary without its machine fields, pretty-printed.
     *
     * @param summaryJson the text of a summary.json
     * @return the rest, as JSON text
     * @throws AssertionError if the summary lacks {@code threads} or {@code wallTimeSeconds}, so a
     *                        summary that lost them fails the comparison instead of passing it
     */
    public static String withoutMachineFields(String summaryJson) {
        try {
            ObjectNode n = (ObjectNode) JSON.readTree(summaryJson);
            ObjectNode prov = (ObjectNode) n.get("provenance");
            if (prov == null) {
                throw new AssertionError("summary.json has no provenance: " + summaryJson);
            }
            for (String always : new String[] {"threads", "wallTimeSeconds"}) {
                if (prov.remove(always) == null) {
                    throw new AssertionError("summary.json's provenance has no " + always + ": " + prov);
                }
            }
            prov.remove("engine");
            prov.remove("invocation");
            return n.toPrettyString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #withoutMachineFields(String)}, for the file at {@code summary}. */
    public static String withoutMachineFields(Path summary) {
        try {
            return withoutMachineFields(Files.readString(summary, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
