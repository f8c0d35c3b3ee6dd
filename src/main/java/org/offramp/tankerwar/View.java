package org.offramp.tankerwar;

/**
 * All one actor may know when it chooses: its own beliefs and provocation, its own state, and the
 * public facts of the day (design §4: adaptation from one's own view). Decisions read nothing else.
 */
interface View {
    /** The viewer. */
    TwActor self();

    /** The day. */
    int day();

    /** The viewer's belief of {@code target}'s hostility. */
    double hostility(TwActor target);

    /** The viewer's provocation. */
    double provocation();

    /** Whether the viewer's trigger is live. */
    boolean triggerLive();

    /** Whether the viewer's state trigger is live. */
    boolean stateTriggerLive();

    /** The US–Iran rung (public). */
    int rung();

    /** US ships present (public). */
    int ships();

    /** The mine density on the route (public: strikes and sweeping reveal it). */
    double mineDensity();

    /** UN momentum (public). */
    double momentum();

    /** Whether an enforcement draft is pending (public). */
    boolean draftPending();

    /** Whether an enforcement resolution has passed or been blocked (public). */
    boolean draftSettled();

    /** Whether Resolution 598 stands (public). */
    boolean resolutionStands();

    /** Whether Tehran has accepted it (public). */
    boolean accepted();

    /** Whether Tehran has answered it (public). */
    boolean answered();

    /** Whether Washington pressed the Council in the last 30 days (public). */
    boolean councilPressed();

    /** Whether protection covers neutral ships (public). */
    boolean protectionWidened();

    /** Whether US forces struck within the ladder's memory (public). */
    boolean usStrikeRecent();

    /** Washington's own: whether its forces sighted an Iranian unit in the act yesterday. */
    boolean sighting();

    /** Tehran's and its forces' own: whether the forces at sea are ordered to operate. */
    boolean navalOrders();

    /** Tehran's own: whether the acceptance condition holds (design §7.5). */
    boolean acceptanceAvailable();

    /** Tehran's own: Iran's war position. */
    double warPosition();

    /** Iraq's own: days of pause left. */
    int pauseDaysLeft();

    /** Iraq's own: the backing it receives. */
    double backing();

    /** The Gulf's own: its cooperation with Washington. */
    double cooperation();
}
