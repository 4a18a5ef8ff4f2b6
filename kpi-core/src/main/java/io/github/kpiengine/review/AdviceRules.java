package io.github.kpiengine.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules a review applies to every rep, in order: the practice's defaults, an app's own, or
 * both.
 *
 * <pre>{@code
 * AdviceRules rules = AdviceRules.defaults()
 *         .with(AdviceRule.below("win_rate_low", ReviewFigure.kpi("win_rate"), new BigDecimal("0.25"), 10));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rules the rules, with unique ids
 */
public record AdviceRules(List<AdviceRule> rules) {

    /** First appointment → next step under 65 %, after 10 appointments. */
    public static final String APPOINTMENT_NEXT_STEP = "appointment_next_step";
    /** Closing ratio under 65 %, after 10 proposals. */
    public static final String CLOSING_RATIO = "closing_ratio";
    /** Activity barometer under 100 %. */
    public static final String BAROMETER = "barometer_under_pace";
    /** Revenue per sale more than 20 % below the peers', after 5 deals won. */
    public static final String REVENUE_PER_SALE = "revenue_per_sale_below_peers";
    /** A sales cycle more than 20 % longer than the peers', after 5 deals won. */
    public static final String SALES_CYCLE = "cycle_longer_than_peers";
    /** Under half of the visits ended with an order commitment or a referral list, after 10 visits. */
    public static final String EMPTY_HANDED_VISITS = "empty_handed_visits";
    /** Selling time under 40 % of the working week. */
    public static final String SELLING_TIME = "selling_time_low";

    /**
     * Checks the ids are unique and copies the list.
     *
     * @param rules the rules
     * @throws IllegalArgumentException if two rules share an id
     */
    public AdviceRules {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Set<String> ids = new HashSet<>();
        for (AdviceRule rule : rules) {
            Checks.check(ids.add(rule.id()), "rules must have unique ids: " + rule.id());
        }
    }

    /**
     * Returns the rules of the practice: a first appointment that leads to a next step, and a
     * proposal that is won, less than 65 % of the time; an activity barometer under 100 %; revenue
     * per sale more than 20 % below the peers'; a sales cycle more than 20 % longer than theirs; more
     * than half the visits empty-handed (neither an order commitment nor a referral list); selling
     * time under 40 % of the working week. The last two read only where the data records visit
     * outcomes and timed selling activity.
     *
     * @return the default rules
     */
    public static AdviceRules defaults() {
        return new AdviceRules(List.of(
                AdviceRule.below(APPOINTMENT_NEXT_STEP, ReviewFigure.opportunityGateway(), new BigDecimal("0.65"), 10),
                AdviceRule.below(CLOSING_RATIO, ReviewFigure.closingGateway(), new BigDecimal("0.65"), 10),
                AdviceRule.below(BAROMETER, ReviewFigure.barometer(), BigDecimal.ONE, 0),
                AdviceRule.below(REVENUE_PER_SALE, ReviewFigure.peerGap(GapToPeers.REVENUE_PER_SALE),
                        new BigDecimal("-0.20"), 5),
                AdviceRule.above(SALES_CYCLE, ReviewFigure.peerGap(GapToPeers.SALES_CYCLE), new BigDecimal("0.20"), 5),
                AdviceRule.below(EMPTY_HANDED_VISITS, ReviewFigure.recorded(ReviewKpis.PRODUCTIVE_VISITS),
                        new BigDecimal("0.50"), 10),
                AdviceRule.below(SELLING_TIME, ReviewFigure.recorded(ReviewKpis.SELLING_TIME),
                        new BigDecimal("0.40"), 0)));
    }

    /**
     * Returns no rule: a review without advice.
     *
     * @return the empty rule set
     */
    public static AdviceRules none() {
        return new AdviceRules(List.of());
    }

    /**
     * Returns these rules followed by more.
     *
     * @param more the rules to add
     * @return the rules
     * @throws IllegalArgumentException if an id repeats
     */
    public AdviceRules with(AdviceRule... more) {
        List<AdviceRule> all = new ArrayList<>(rules);
        all.addAll(List.of(more));
        return new AdviceRules(all);
    }

    /**
     * Returns these rules without the one of an id.
     *
     * @param id the rule's id
     * @return the rules
     */
    public AdviceRules without(String id) {
        Objects.requireNonNull(id, "id");
        return new AdviceRules(rules.stream().filter(rule -> !rule.id().equals(id)).toList());
    }
}
