package org.offramp.examples.brinkmanship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.offramp.testkit.TutorialDoc;

/**
 * The tutorial cannot rot: every block of code it quotes is, character for character, the region of
 * the source file it names; every region the example's sources mark is quoted; every file it links
 * exists and every test it names is a test class.
 */
class TutorialSourcesTest {
    private static final Path MAIN = Path.of("src/main/java/org/offramp/examples/brinkmanship");
    private static final Path TEST = Path.of("src/test/java/org/offramp/examples/brinkmanship");

    @Test
    void everyQuoteIsItsSourceVerbatim() {
        List<TutorialDoc.Include> includes = TutorialDoc.includes();
        assertTrue(includes.size() >= 25, "the tutorial quotes its code: " + includes.size() + " quotes");
        for (TutorialDoc.Include inc : includes) {
            assertTrue(Files.isRegularFile(Path.of(inc.path())), TutorialDoc.PATH + ":" + inc.line() + ": no file "
                    + inc.path());
            assertEquals(TutorialDoc.region(inc.path(), inc.region()), inc.quoted(), TutorialDoc.PATH + ":"
                    + inc.line() + " quotes " + inc.path() + (inc.region() == null ? "" : "#" + inc.region())
                    + ", which now reads otherwise: copy the source's text into the block");
        }
    }

    @Test
    void everyRegionOfTheExampleIsQuoted() throws IOException {
        Set<String> quoted = new HashSet<>();
        for (TutorialDoc.Include inc : TutorialDoc.includes()) {
            quoted.add(inc.path() + "#" + inc.region());
        }
        List<String> missing = new ArrayList<>();
        int regions = 0;
        for (Path dir : List.of(MAIN, TEST)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    for (String name : TutorialDoc.regions(f).keySet()) {
                        regions++;
                        String key = f.toString().replace('\\', '/') + "#" + name;
                        if (!quoted.contains(key)) {
                            missing.add(key);
                        }
                    }
                }
            }
        }
        assertTrue(regions >= 15, regions + " regions");
        assertEquals(List.of(), missing, "regions marked for the tutorial but not quoted in it");
    }

    @Test
    void everyLinkAndNamedTestExists() throws IOException {
        String doc = Files.readString(TutorialDoc.PATH);
        Matcher link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)").matcher(doc);
        int links = 0;
        while (link.find()) {
            if (!link.group(1).startsWith("http")) {
                links++;
                assertTrue(Files.exists(TutorialDoc.PATH.getParent().resolve(link.group(1))), "link " + link.group(1));
            }
        }
        assertTrue(links >= 4, links + " links");
        Matcher test = Pattern.compile("`(?:[a-z]+\\.)?([A-Z][A-Za-z]+Test)(?:\\.[a-zA-Z]+)?`").matcher(doc);
        int tests = 0;
        while (test.find()) {
            tests++;
            String name = test.group(1) + ".java";
            try (Stream<Path> all = Files.walk(Path.of("src/test/java"))) {
                assertTrue(all.anyMatch(p -> p.getFileName().toString().equals(name)), "the tutorial names " + name);
            }
        }
        assertTrue(tests >= 5, tests + " tests named");
        // Test methods, named with their class or alone (long lower-camel-case names: the model's test).
        Matcher method = Pattern.compile("`(?:(?:[a-z]+\\.)?([A-Z][A-Za-z]+Test)\\.)?([a-z][A-Za-z]{15,})`")
                .matcher(doc);
        int methods = 0;
        while (method.find()) {
            methods++;
            String owner = method.group(1) == null ? "BrinkmanshipModelTest" : method.group(1);
            try (Stream<Path> all = Files.walk(Path.of("src/test/java"))) {
                Path file = all.filter(p -> p.getFileName().toString().equals(owner + ".java")).findFirst()
                        .orElseThrow(() -> new AssertionError("the tutorial names " + owner));
                assertTrue(Files.readString(file).contains("void " + method.group(2) + "()"), "the tutorial names "
                        + owner + "." + method.group(2));
            }
        }
        assertTrue(methods >= 5, methods + " test methods named");
    }
}
