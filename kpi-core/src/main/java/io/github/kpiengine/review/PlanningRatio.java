package io.github.kpiengine.review;

import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The ratio a rep plans a gateway at: the rep's own ratio over the mature cohorts, blended toward
 * the team's with {@link io.github.kpiengine.plan.Credibility}, with both samples kept.
 *
 * <p>With n the rep's own entries into the gateway and k the credibility constant, the rep's own
 * ratio weighs Z = n ÷ (n + k): a rep with no history plans at the team's ratio. The team is the
 * rep's unit (every rep below it, the rep included); when the unit has no entry either, its parent,
 * up to the organisation. Immutable and thread-safe.
 *
 * @param gateway the gateway's stage, as the plan names it
 * @param planned the blended ratio the plan uses; undefined when nobody above the rep has a
 *     measured ratio, which makes the plan unreachable at this gateway
 * @param own the rep's own counted ratio, or undefined with the reason when the rep has no entry
 * @param team the team's counted ratio the rep is blended toward, or undefined
 * @param ownSample the rep's entries into the gateway
 * @param teamSample the team's entries into the gateway
 * @param weight the weight Z of the rep's own ratio, from 0 to 1, to four places
 */
public record PlanningRatio(String gateway, Ratio planned, Ratio own, Ratio team, long ownSample, long teamSample,
        BigDecimal weight) {

    /**
     * Checks the parts are present.
     *
     * @param gateway the gateway's stage
     * @param planned the blended ratio
     * @param own the rep's own ratio
     * @param team the team's ratio
     * @param ownSample the rep's entries
     * @param teamSample the team's entries
     * @param weight the weight of the rep's own ratio
     */
    public PlanningRatio {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(team, "team");
        Checks.nonNegative("ownSample", ownSample);
        Checks.nonNegative("teamSample", teamSample);
        Objects.requireNonNull(weight, "weight");
    }

    static BigDecimal weight(long ownSample, long k) {
        return BigDecimal.valueOf(ownSample).divide(BigDecimal.valueOf(ownSample + k), 4, RoundingMode.HALF_EVEN);
    }
}
