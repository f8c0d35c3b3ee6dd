package org.offramp.tankerwar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.offramp.model.Param;

/**
 * The Tanker War's parameter reference is generated, up to date, and its reasons cite sections that
 * exist in the model's own calibration and design documents, and nothing after day 0.
 */
class TwParameterReferenceTest {
    private static final Path DOCS = Path.of("docs", "tanker-war");

    @Test
    void everyParameterHasARowAndEveryReasonASourceOrAnAssumption() {
        String md = TwParameterReference.markdown();
        for (Param p : TwParams.all()) {
            assertTrue(md.contains("| `" + p.path() + "` | "), "no row for " + p.path());
            assertTrue(p.reason().contains("§") || p.reason().contains("Assumption"),
                    p.path() + " gives neither a source nor the word Assumption: " + p.reason());
        }
    }

    @Test
    void committedReferenceIsUpToDate() throws IOException {
        Path committed = DOCS.resolve("parameters.md");
        assertTrue(Files.exists(committed), "missing; create it with: " + TwParameterReference.REGENERATE);
        assertEquals(TwParameterReference.markdown(),
                Files.readString(committed, StandardCharsets.UTF_8).replace("\r\n", "\n"),
                "docs/tanker-war/parameters.md is stale; regenerate it with: " + TwParameterReference.REGENERATE);
    }

    /** "tanker-war calibration §4.10, §4.12" and "design §7.6" name sections that exist. */
    @Test
    void citedSectionsExist() throws IOException {
        Set<String> calibration = sections(Files.readString(DOCS.resolve("calibration.md")), "tw-c");
        Set<String> design = new TreeSet<>();
        Matcher h = Pattern.compile("(?m)^#{2,3} (\\d+(?:\\.\\d+)?)\\.? ").matcher(Files.readString(DOCS.resolve("design.md")));
        while (h.find()) {
            design.add(h.group(1));
        }
        Pattern cite = Pattern.compile("(tanker-war calibration|design) (§[\\d.]+(?:, §[\\d.]+)*)");
        int cited = 0;
        for (Param p : TwParams.all()) {
            Matcher m = cite.matcher(p.reason());
            while (m.find()) {
                Matcher n = Pattern.compile("§(\\d+(?:\\.\\d+)?)").matcher(m.group(2));
                while (n.find()) {
                    cited++;
                    String section = n.group(1);
                    if (m.group(1).equals("design")) {
                        assertTrue(design.contains(section), p.path() + " cites design §" + section + "; has " + design);
                    } else {
                        String top = section.contains(".") ? section.substring(0, section.indexOf('.')) : section;
                        assertTrue(calibration.contains(top), p.path() + " cites calibration §" + section);
                        if (section.contains(".")) {
                            String text = Files.readString(DOCS.resolve("calibration.md"));
                            // a table row "| 4.10 |", or item 2 of a numbered list in section 13
                            String body = text.substring(text.indexOf("<a id=\"tw-c" + top + "-"));
                            boolean item = Pattern.compile("(?m)^" + section.substring(section.indexOf('.') + 1)
                                    + "\\. \\*\\*").matcher(body).find();
                            assertTrue(text.contains("| " + section + " |") || item,
                                    p.path() + " cites calibration §" + section + ", which has no such row");
                        }
                    }
                }
            }
        }
        assertTrue(cited > 60, "only " + cited + " citations found");
    }

    private static Set<String> sections(String md, String anchorPrefix) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("<a id=\"" + anchorPrefix + "(\\d+)-").matcher(md);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
