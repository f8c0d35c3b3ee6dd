/**
 * The second model: the 1987–88 Tanker War (Operation Earnest Will), the US–Iran confrontation in
 * the Gulf from the first escorted convoy of reflagged Kuwaiti tankers (1987-07-22, day 0) to the end
 * of 1988, built to be scored against the record in a historical back-test.
 *
 * <p>{@link org.offramp.tankerwar.TankerWarModel} is the library's {@link org.offramp.model.Model},
 * registered as {@code tankerwar}. Seven {@link org.offramp.tankerwar.TwActor}s choose their
 * {@link org.offramp.tankerwar.Act}s each day by the logit rule from their own beliefs, which the core
 * perception package ({@code org.offramp.perception}) updates from noisy, biased, sometimes
 * misattributed observations; convoys meet a mine field, accidents happen under high alert, and runs
 * end in WAR, CEASEFIRE (Tehran accepts Resolution 598), CHAOS, or STALEMATE at the horizon of 529
 * days (1988-12-31). One tick is a day and the Gulf is one theatre. Its parameters, each with unit,
 * default, range and a reason that cites only what was public by day 0, are
 * {@link org.offramp.tankerwar.TwParams} (documented by
 * {@link org.offramp.tankerwar.TwParameterReference}); one run's record is a
 * {@link org.offramp.tankerwar.TwRecord} whose columns and endings {@link org.offramp.tankerwar.TwSchema}
 * declares.
 *
 * <p>The full description, following the ODD protocol, is {@code docs/tanker-war/ODD.md}. Like every
 * model, this package sees only the library's model interface and building blocks.
 */
package org.offramp.tankerwar;
