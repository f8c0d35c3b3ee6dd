package org.offramp.standoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Param;

class ParameterReferenceTest {
    @Test
    void everyParameterHasARowWithItsRange() {
        String md = ParameterReference.markdown();
        for (Param p : Params.all()) {
            String row = "| `" + p.path() + "` | " + p.unit() + " | " + p.format(p.defaultValue()) + " | ";
            assertTrue(md.contains(row), "no row for " + p.path());
            assertTrue(md.contains(p.allowed()), p.path());
        }
        assertTrue(md.contains("\n## run\n"), md);
    }

    @Test
    void committedReferenceIsUpToDate() throws IOException {
        // Surefire runs in the project folder, where docs/ is.
        Path committed = Path.of("docs", "parameters.md");
        assertTrue(Files.exists(committed), "docs/parameters.md is missing; create it with: "
                + ParameterReference.REGENERATE);
        String text = Files.readString(committed, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertEquals(ParameterReference.markdown(), text,
                "docs/parameters.md differs from the parameters declared in Params; regenerate it with: "
                        + ParameterReference.REGENERATE);
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/parameters.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "old");
        ParameterReference.write(file);
        assertEquals(ParameterReference.markdown(), Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }
}
