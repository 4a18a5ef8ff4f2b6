package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans a unit or a channel mix: splits a target over reps (by given weights or by selling
 * capacity) or over channels (by their shares), and
 * solves each part's model for its share: a rep at their own ratios (blended toward the team's with
 * {@link Credibility} where their history is thin), a channel at its own chain.
 *
 * <p>The split is exact to the currency's minor unit: each rep gets the floor of their weighted
 * share in cents, and the cents left over go one each to the reps with the largest remainders
 * (ties to the earlier rep), so the parts always add up to the unit's target.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class TeamPlanner {

    private TeamPlanner() {
    }

    /**
     * Splits a unit's target by weights and plans each rep.
     *
     * @param unitTarget the unit's target
     * @param repModels each rep's model, by rep id; their own targets are replaced by their part
     * @param weights each rep's weight (a share, a quota or hours), by rep id; not negative, not
     *     all zero, one for every rep of {@code repModels}
     * @return the team plan
     * @throws IllegalArgumentException if the weights do not match the reps or are all zero
     */
    public static TeamPlan plan(Money unitTarget, Map<String, FunnelModel> repModels,
            Map<String, BigDecimal> weights) {
        Objects.requireNonNull(unitTarget, "unitTarget");
        Objects.requireNonNull(repModels, "repModels");
        Objects.requireNonNull(weights, "weights");
        if (unitTarget.isNegative()) {
            throw new IllegalArgumentException("unitTarget must not be negative: " + unitTarget);
        }
        if (repModels.isEmpty()) {
            throw new IllegalArgumentException("repModels must not be empty");
        }
        if (!weights.keySet().equals(repModels.keySet())) {
            throw new IllegalArgumentException("weights must name exactly the reps of repModels "
                    + repModels.keySet() + ": " + weights.keySet());
        }
        Map<String, Money> targets = split(unitTarget, repModels.keySet().stream().toList(), weights);
        Map<String, Plan> plans = new LinkedHashMap<>();
        targets.forEach((rep, target) -> plans.put(rep, FunnelSolver.solve(repModels.get(rep).withTarget(target))));
        return new TeamPlan(unitTarget, targets, plans);
    }

    /**
     * Splits a unit's target by each rep's selling hours a week (work hours × selling share) and
     * plans each rep.
     *
     * @param unitTarget the unit's target
     * @param repModels each rep's model, each with work hours set
     * @return the team plan
     * @throws IllegalArgumentException if a model has no work hours
     */
    public static TeamPlan planByCapacity(Money unitTarget, Map<String, FunnelModel> repModels) {
        Objects.requireNonNull(repModels, "repModels");
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        repModels.forEach((rep, model) -> {
            if (model.hoursPerWeek() == null) {
                throw new IllegalArgumentException("hoursPerWeek must be set to plan by capacity: rep " + rep);
            }
            weights.put(rep, model.hoursPerWeek().multiply(model.sellingShare().value()));
        });
        return plan(unitTarget, repModels, weights);
    }

    /**
     * Plans a target over several channels (cold outreach, client referral, partner referral),
     * each with its own funnel and share of the won revenue. Each channel's model is solved for
     * its share of the target; the plan's magic number is the sum of the channels'.
     *
     * <pre>{@code
     * TeamPlan mix = TeamPlanner.planChannels(Money.parse("EUR 1200000"),
     *         Map.of("cold", coldFunnel, "referral", referralFunnel),
     *         Map.of("cold", Ratio.parse("70%"), "referral", Ratio.parse("30%")));
     * }</pre>
     *
     * @param target the revenue target
     * @param channels each channel's model, by channel name
     * @param shares each channel's share of the revenue; together exactly 100 %
     * @return the plan, keyed by channel
     * @throws IllegalArgumentException if the shares do not add up to 100 % or do not match the
     *     channels
     */
    public static TeamPlan planChannels(Money target, Map<String, FunnelModel> channels,
            Map<String, Ratio> shares) {
        Objects.requireNonNull(shares, "shares");
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Ratio> share : shares.entrySet()) {
            BigDecimal value = share.getValue().value();
            weights.put(share.getKey(), value);
            total = total.add(value);
        }
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("shares must add up to 100%: "
                    + total.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
        return plan(target, channels, weights);
    }

    private static Map<String, Money> split(Money target, List<String> reps, Map<String, BigDecimal> weights) {
        BigDecimal total = BigDecimal.ZERO;
        for (String rep : reps) {
            BigDecimal weight = Objects.requireNonNull(weights.get(rep), "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("weight must not be negative: " + rep + "="
                        + weight.toPlainString());
            }
            total = total.add(weight);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be zero: " + weights);
        }
        int scale = target.amount().scale();
        BigInteger cents = target.amount().unscaledValue();
        BigInteger[] parts = new BigInteger[reps.size()];
        BigDecimal[] remainders = new BigDecimal[reps.size()];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < reps.size(); i++) {
            BigDecimal exact = new BigDecimal(cents).multiply(weights.get(reps.get(i)))
                    .divide(total, 20, RoundingMode.FLOOR);
            parts[i] = exact.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
            remainders[i] = exact.subtract(new BigDecimal(parts[i]));
            given = given.add(parts[i]);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < reps.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        BigInteger left = cents.subtract(given);
        for (int j = 0; left.signum() > 0; j = (j + 1) % order.size()) {
            int i = order.get(j);
            parts[i] = parts[i].add(BigInteger.ONE);
            left = left.subtract(BigInteger.ONE);
        }
        Map<String, Money> targets = new LinkedHashMap<>();
        for (int i = 0; i < reps.size(); i++) {
            targets.put(reps.get(i), Money.of(target.currency(), new BigDecimal(parts[i], scale)));
        }
        return targets;
    }
}
