package org.offramp.standoff.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Measure;

/**
 * Fact 4 of docs/ODD.md: misperception kills. Doubling every pair's perception noise
 * ({@code perception.noiseScale} 1 to 2) raises WAR, and doubling every observer's attribution
 * errors ({@code attribution.errorScale} 1 to 2) raises WAR: inadvertent escalation. One-sided 95%
 * paired bounds on common seeds (4,000 runs, master seed {@link Facts#SEED}) exclude 0 upward.
 */
@Tag("slow")
class MisperceptionKillsTest {

    @Test
    void moreNoiseAndMoreAttributionErrorsRaiseWar() {
        Measure war = Facts.m("WAR");
        ComparisonResult r = Facts.compare(4000, List.of(war),
                "baseline", Facts.baseline(),
                "noisier", Facts.baseline().with("perception.noiseScale", 2.0),
                "worse-attribution", Facts.baseline().with("attribution.errorScale", 2.0));
        assertTrue(Facts.oneSided(r, "noisier", "baseline", war).lower() > 0,
                Facts.describe(r, "noisier", "baseline", war));
        assertTrue(Facts.oneSided(r, "worse-attribution", "baseline", war).lower() > 0,
                Facts.describe(r, "worse-attribution", "baseline", war));
    }
}
