package io.github.kpiengine.review;

import io.github.kpiengine.kpi.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How far a rep's figure stands from the same figure of the peers: (rep − peers) ÷ peers, the peer
 * value computed over the rest of the rep's unit <em>without the rep</em>.
 *
 * <p>A ratio's peer value is (Σ numerators − the rep's) ÷ (Σ denominators − the rep's), never a
 * mean of ratios: revenue per sale is the peers' won revenue over their deals, a conversion their
 * passes over their entries. New opportunities a week compare with the average peer: the peers'
 * total over their number. "Revenue per sale 40 % below peers", "a cycle 30 % shorter".
 * Immutable and thread-safe.
 *
 * @param figure what is compared: {@code "revenue_per_sale"}, {@code "cycle_days"},
 *     {@code "new_opportunities"} or a gateway's conversion KPI id
 * @param label what is compared, in words: {@code "Revenue per sale"}
 * @param direction which way is better: a shorter cycle is
 * @param repValue the rep's value
 * @param peerValue the peers' value, without the rep
 * @param gap (rep − peers) ÷ peers, to ten places, half-even
 * @param peers the number of peers
 * @param sample the observations behind the rep's value (deals won, entries, opportunities)
 */
public record GapToPeers(String figure, String label, Direction direction, BigDecimal repValue, BigDecimal peerValue,
        BigDecimal gap, int peers, long sample) {

    /** The id of the revenue-per-sale comparison. */
    public static final String REVENUE_PER_SALE = "revenue_per_sale";
    /** The id of the sales-cycle comparison. */
    public static final String SALES_CYCLE = "cycle_days";
    /** The id of the comparison of new opportunities a week. */
    public static final String NEW_OPPORTUNITIES = "new_opportunities";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the parts are present.
     *
     * @param figure what is compared
     * @param label what is compared, in words
     * @param direction which way is better
     * @param repValue the rep's value
     * @param peerValue the peers' value
     * @param gap the relative gap
     * @param peers the number of peers
     * @param sample the rep's sample
     */
    public GapToPeers {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(repValue, "repValue");
        Objects.requireNonNull(peerValue, "peerValue");
        Objects.requireNonNull(gap, "gap");
        if (peers <= 0) {
            throw new IllegalArgumentException("peers must be positive: " + peers);
        }
        Checks.nonNegative("sample", sample);
    }

    /**
     * Returns the gap in whole percent of the peers' value, signed: {@code -40} for 40 % below.
     *
     * @return the gap × 100, rounded half-even to a whole number
     */
    public BigDecimal percent() {
        return gap.multiply(HUNDRED).setScale(0, RoundingMode.HALF_EVEN);
    }

    /**
     * Tells whether the gap is good news for the rep: above the peers where higher is better, below
     * them where lower is; no gap at all counts as good news.
     *
     * @return true if the rep does at least as well as the peers
     */
    public boolean favourable() {
        return gap.signum() == 0 || (gap.signum() > 0) == (direction == Direction.HIGHER_IS_BETTER);
    }
}
