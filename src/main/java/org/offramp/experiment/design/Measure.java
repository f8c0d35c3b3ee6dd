package org.offramp.experiment.design;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.StandoffRecord;

/**
 * A yes/no property of one run whose share the policy designs estimate: an ending, or an ending by a
 * day, or an escalation mark.
 *
 * <pre>{@code
 * Measure war = Measure.parse("WAR");
 * Measure quickDeal = Measure.parse("DEAL_BY_DAY_180");   // a DEAL on day 180 or earlier
 * boolean b = quickDeal.test(record);
 * }</pre>
 *
 * <p>Names (case-sensitive), with {@code N} a whole number:
 * <ul>
 * <li>{@code WAR}, {@code DEAL}, {@code CHAOS}, {@code STALEMATE}: the run ended so;</li>
 * <li>{@code WAR_BY_DAY_N}, {@code DEAL_BY_DAY_N}, {@code CHAOS_BY_DAY_N}: it ended so on day N or
 *     earlier;</li>
 * <li>{@code RUNG_AT_LEAST_N}: the ladder reached rung N (0 to 7) at some time;</li>
 * <li>{@code ATTACKS_AT_LEAST_N}: the IRGC and its proxies made at least N attacks;</li>
 * <li>{@code BLOWS_EXCHANGED}: a direct exchange of blows (rung 5) occurred;</li>
 * <li>{@code TALKS_OPENED}: talks opened with both sides' consent.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; two measures with the same name are equal.
 *
 * @param name the measure's name, one of the forms above
 */
public record Measure(String name) {
    /** The four endings, in {@link Outcome} order: the default measures. */
    public static final List<Measure> OUTCOMES = List.of(new Measure("WAR"), new Measure("DEAL"),
            new Measure("CHAOS"), new Measure("STALEMATE"));
    /** What {@link #parse} accepts, for error messages. */
    public static final String ALLOWED = "WAR, DEAL, CHAOS, STALEMATE, WAR_BY_DAY_N, DEAL_BY_DAY_N, CHAOS_BY_DAY_N, "
            + "RUNG_AT_LEAST_N (N in 0..7), ATTACKS_AT_LEAST_N, BLOWS_EXCHANGED or TALKS_OPENED";
    private static final Pattern BY_DAY = Pattern.compile("(WAR|DEAL|CHAOS)_BY_DAY_(\\d{1,4})");
    private static final Pattern RUNG = Pattern.compile("RUNG_AT_LEAST_([0-7])");
    private static final Pattern ATTACKS = Pattern.compile("ATTACKS_AT_LEAST_(\\d{1,6})");

    /** Checks the name. @throws IllegalArgumentException naming the value and what is allowed */
    public Measure {
        Objects.requireNonNull(name, "name");
        if (!valid(name)) {
            throw new IllegalArgumentException("measure must be one of " + ALLOWED + ", but was \"" + name + "\"");
        }
    }

    /** The measure of a name; see the class comment. */
    public static Measure parse(String name) {
        return new Measure(name);
    }

    /** The measure "the run ended in {@code o}". */
    public static Measure of(Outcome o) {
        return new Measure(Objects.requireNonNull(o, "o").name());
    }

    private static boolean valid(String n) {
        for (Outcome o : Outcome.ALL) {
            if (o.name().equals(n)) {
                return true;
            }
        }
        return n.equals("BLOWS_EXCHANGED") || n.equals("TALKS_OPENED") || BY_DAY.matcher(n).matches()
                || RUNG.matcher(n).matches() || ATTACKS.matcher(n).matches();
    }

    /** Whether the run has this property. */
    public boolean test(StandoffRecord r) {
        switch (name) {
            case "WAR":
                return r.outcome() == Outcome.WAR;
            case "DEAL":
                return r.outcome() == Outcome.DEAL;
            case "CHAOS":
                return r.outcome() == Outcome.CHAOS;
            case "STALEMATE":
                return r.outcome() == Outcome.STALEMATE;
            case "BLOWS_EXCHANGED":
                return r.blowsExchanged();
            case "TALKS_OPENED":
                return r.talksOpenedDay() >= 0;
            default:
                break;
        }
        Matcher m = BY_DAY.matcher(name);
        if (m.matches()) {
            return r.outcome() == Outcome.valueOf(m.group(1)) && r.day() <= Integer.parseInt(m.group(2));
        }
        m = RUNG.matcher(name);
        if (m.matches()) {
            return r.highestRung() >= Integer.parseInt(m.group(1));
        }
        m = ATTACKS.matcher(name);
        if (m.matches()) {
            return r.attacks() >= Integer.parseInt(m.group(1));
        }
        throw new AssertionError("validated in the constructor: " + name);
    }

    @Override
    public String toString() {
        return name;
    }
}
