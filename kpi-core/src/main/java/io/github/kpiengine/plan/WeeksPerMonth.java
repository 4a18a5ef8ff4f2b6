package io.github.kpiengine.plan;

/**
 * How many selling weeks a month counts when a weekly plan is stated per month. The choice changes
 * the monthly figure by up to 8 %, so it is always explicit.
 */
public enum WeeksPerMonth {
    /** The month's own working days ÷ working days a week, from the plan's calendar. */
    CALENDAR,
    /** Four weeks a month, the round figure of many sales offices. */
    FOUR,
    /** 52 ÷ 12 = 4.333… weeks a month, the yearly average. */
    FIFTY_TWO_TWELFTHS
}
