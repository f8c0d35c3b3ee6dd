package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code offramp backtest}: the committed docs/backtest.md is exactly what the command writes from
 * experiments/tankerwar-backtest.yaml (so the table cannot be typed by hand), whatever the thread
 * count; bad files are refused naming the line and field, and nothing is written.
 */
class BacktestCommandTest {
    private static final Path SPEC = Path.of("experiments", "tankerwar-backtest.yaml");
    private static final Path COMMITTED = Path.of("docs", "backtest.md");

    @Test
    void theCommittedDocumentIsWhatTheCommandWrites(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("backtest.md");
        Cli.Result r = Cli.run("backtest", SPEC.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("backtest tankerwar · 2000 runs · total log score  model "), r.out());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(written, Files.readString(COMMITTED, StandardCharsets.UTF_8).replace("\r\n", "\n"),
                "docs/backtest.md is stale; regenerate it with: ./offramp backtest " + SPEC + " --out " + COMMITTED);
        assertTrue(written.contains("## Where the model does worse"));
        assertTrue(written.contains("| CEASEFIRE | "), written);
    }

    @Test
    void badFilesAreRefusedNamingLineAndFieldAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        String good = Files.readString(SPEC);
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), good.replace("measure: DIRECT_FIRE", "measure: DIRECT_HIT"));
        Path out = tmp.resolve("out.md");
        Cli.Result r = Cli.run("backtest", bad.toString(), "--out", out.toString(), "--quiet");
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("bad.yaml:") && r.err().contains("events[1].measure"), r.err());
        assertFalse(Files.exists(out));
        Path badEnding = Files.writeString(tmp.resolve("bad-ending.yaml"), good.replace("realised: CEASEFIRE",
                "realised: PEACE"));
        Cli.Result e = Cli.run("backtest", badEnding.toString(), "--quiet");
        assertEquals(OfframpCommand.BAD_INPUT, e.code(), e::toString);
        assertTrue(e.err().contains("ending.realised") && e.err().contains("PEACE"), e.err());
        Path badSum = Files.writeString(tmp.resolve("bad-sum.yaml"), good.replace("STALEMATE: 0.71}",
                "STALEMATE: 0.5}"));
        Cli.Result s = Cli.run("backtest", badSum.toString(), "--quiet");
        assertEquals(OfframpCommand.BAD_INPUT, s.code(), s::toString);
        assertTrue(s.err().contains("sum to 1"), s.err());
        Cli.Result folder = Cli.run("backtest", SPEC.toString(), "--out", tmp.toString(), "--quiet");
        assertEquals(OfframpCommand.BAD_INPUT, folder.code(), folder::toString);
    }
}
