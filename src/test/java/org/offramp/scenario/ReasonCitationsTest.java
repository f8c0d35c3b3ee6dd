package org.offramp.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.offramp.model.Param;
import org.offramp.standoff.Params;

/**
 * Every citation in a parameter reason or in the main sources points to a section that exists in
 * the project's own documents ({@code docs/calibration.md}, {@code docs/ODD.md}), and nothing
 * cites a document the project does not ship.
 */
class ReasonCitationsTest {
    // Surefire runs in the project folder, where docs/ and src/ are.
    private static final Path DOCS = Path.of("docs");
    private static final Path SOURCES = Path.of("src", "main", "java");

    /** "calibration §2", "calibration §1, §2", "ODD §7.9": the document and its section numbers. */
    private static final Pattern REASON_CITATION =
            Pattern.compile("\\b(calibration|ODD) (§\\d+(?:\\.\\d+)?(?:, §\\d+(?:\\.\\d+)?)*)");
    /** "ODD §1, pattern 4": one of the stylized facts listed in the ODD's section 1. */
    private static final Pattern PATTERN_CITATION = Pattern.compile("\\bODD §1, pattern (\\d+)");
    /** In Javadoc and comments: "{@code docs/ODD.md} §7.9", "docs/calibration.md §6". */
    private static final Pattern SOURCE_CITATION =
            Pattern.compile("docs/(calibration|ODD)\\.md\\}? (§\\d+(?:\\.\\d+)?)");
    private static final Pattern SECTION_NUMBER = Pattern.compile("§(\\d+(?:\\.\\d+)?)");
    private static final Pattern OUTSIDE = Pattern.compile("MODEL\\.md|CALIBRATION\\.md|\\.\\./shared");

    @Test
    void everyReasonCitationNamesASectionThatExists() {
        Set<String> calibration = sections(read(DOCS.resolve("calibration.md")));
        Set<String> odd = sections(read(DOCS.resolve("ODD.md")));
        int cited = 0;
        for (Param p : Params.all()) {
            Matcher m = REASON_CITATION.matcher(p.reason());
            while (m.find()) {
                Set<String> known = m.group(1).equals("ODD") ? odd : calibration;
                Matcher n = SECTION_NUMBER.matcher(m.group(2));
                while (n.find()) {
                    cited++;
                    assertTrue(known.contains(n.group(1)), p.path() + " cites " + m.group(1) + " §" + n.group(1)
                            + ", which has no such section; sections: " + known);
                }
            }
        }
        // The baseline's reasons cite the documents dozens of times; a broken pattern would find none.
        assertTrue(cited > 50, "only " + cited + " citations found");
    }

    @Test
    void everyCitedPatternIsOneOfTheOddsStylizedFacts() {
        String odd = read(DOCS.resolve("ODD.md"));
        String patterns = odd.substring(odd.indexOf("### Patterns"), odd.indexOf("## 2."));
        Set<String> numbers = new TreeSet<>();
        Matcher item = Pattern.compile("(?m)^(\\d+)\\. \\*\\*").matcher(patterns);
        while (item.find()) {
            numbers.add(item.group(1));
        }
        assertEquals(Set.of("1", "2", "3", "4", "5", "6"), numbers, "the ODD's list of patterns changed");
        int cited = 0;
        for (Param p : Params.all()) {
            Matcher m = PATTERN_CITATION.matcher(p.reason());
            while (m.find()) {
                cited++;
                assertTrue(numbers.contains(m.group(1)), p.path() + " cites pattern " + m.group(1));
            }
        }
        assertTrue(cited >= 3, "only " + cited + " pattern citations found");
    }

    @Test
    void sourceCommentsCiteSectionsThatExist() throws IOException {
        Set<String> calibration = sections(read(DOCS.resolve("calibration.md")));
        Set<String> odd = sections(read(DOCS.resolve("ODD.md")));
        List<String> broken = new ArrayList<>();
        int cited = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = SOURCE_CITATION.matcher(read(f));
                while (m.find()) {
                    cited++;
                    Set<String> known = m.group(1).equals("ODD") ? odd : calibration;
                    if (!known.contains(m.group(2).substring(1))) {
                        broken.add(f + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "citations of missing sections: " + broken);
        assertTrue(cited > 5, "only " + cited + " citations found in the sources");
    }

    @Test
    void nothingCitesADocumentOutsideTheProject() throws IOException {
        for (Param p : Params.all()) {
            assertFalse(OUTSIDE.matcher(p.reason()).find(), p.path() + ": " + p.reason());
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> docs = Files.list(DOCS); Stream<Path> src = Files.walk(SOURCES)) {
            docs.filter(x -> x.toString().endsWith(".md")).forEach(files::add);
            src.filter(x -> x.toString().endsWith(".java")).forEach(files::add);
        }
        files.add(Path.of("README.md"));
        for (Path f : files) {
            Matcher m = OUTSIDE.matcher(read(f));
            assertFalse(m.find(), () -> f + " cites " + m.group() + ", which is not part of the project");
        }
    }

    @Test
    void calibrationSectionsHaveTheirStableAnchors() {
        String text = read(DOCS.resolve("calibration.md"));
        Matcher heading = Pattern.compile("(?m)^## (\\d+)\\. (.+)$").matcher(text);
        int count = 0;
        while (heading.find()) {
            count++;
            String anchor = "<a id=\"c" + heading.group(1) + "-";
            int at = text.lastIndexOf(anchor, heading.start());
            assertTrue(at >= 0 && text.substring(at, heading.start()).lines().count() <= 1,
                    "section " + heading.group(1) + " has no anchor " + anchor + "...\"> on the line above it");
        }
        assertTrue(count >= 7, "calibration.md has " + count + " numbered sections");
    }

    /** The section numbers of a Markdown document: "## 7. Title" gives 7, "### 7.3 Title" gives 7.3. */
    private static Set<String> sections(String markdown) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^#{2,3} (\\d+(?:\\.\\d+)?)\\.? ").matcher(markdown);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
