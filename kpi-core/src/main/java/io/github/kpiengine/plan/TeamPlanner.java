package io.github.kpiengine.plan;

import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Plans a unit or a channel mix: splits a target over reps (by given weights or by selling
 * capacity) or over channels (by their shares), and solves each part's model for its share: a rep
 * at their own ratios (blended toward the team's with {@link Credibility} where their history is
 * thin), a channel at its own chain.
 *
 * <p>The split is exact to the currency's minor unit and does not depend on the order of the maps
 * given: the parts are taken in the order of their ids, each gets the floor of its exact weighted
 * share in cents, and the cents left over go one each to the parts with the largest exact
 * remainders (ties to the id that sorts first), so the parts always add up to the unit's target and
 * the same input always gives the same split. Weights and shares are added as exact fractions.
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
     * @param repModels each rep's model, by rep id, in the target's currency; their own targets are
     *     replaced by their part
     * @param weights each rep's weight (a share, a quota or hours), by rep id; not negative, not
     *     all zero, one for every rep of {@code repModels}
     * @return the team plan, by rep id in the order of the ids
     * @throws IllegalArgumentException if the weights do not match the reps or are all zero
     * @throws CurrencyMismatchException if a rep's average deal is in another currency
     */
    public static TeamPlan plan(Money unitTarget, Map<String, FunnelModel> repModels,
            Map<String, BigDecimal> weights) {
        Objects.requireNonNull(weights, "weights");
        Map<String, Fraction> exact = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
            Objects.requireNonNull(weight.getValue(), "weight");
            if (weight.getValue().signum() < 0) {
                throw new IllegalArgumentException("weight must not be negative: " + weight.getKey() + "="
                        + weight.getValue().toPlainString());
            }
            exact.put(weight.getKey(), Fraction.of(weight.getValue()));
        }
        return split(unitTarget, repModels, exact, "unitTarget", "repModels", "weights", "rep");
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
        Map<String, Fraction> weights = new LinkedHashMap<>();
        repModels.forEach((rep, model) -> {
            if (model.hoursPerWeek().isEmpty()) {
                throw new IllegalArgumentException("hoursPerWeek must be set to plan by capacity: rep " + rep);
            }
            weights.put(rep, Fraction.of(model.hoursPerWeek().get()).times(Fraction.of(model.sellingShare())));
        });
        return split(unitTarget, repModels, weights, "unitTarget", "repModels", "weights", "rep");
    }

    /**
     * Plans a target over several channels (cold outreach, client referral, partner referral),
     * each with its own funnel and share of the won revenue. Each channel's model is solved for
     * its share of the target. The shares are added as exact fractions, so three counted shares of
     * {@code 4/12} make exactly 100 %.
     *
     * <pre>{@code
     * TeamPlan mix = TeamPlanner.planChannels(Money.parse("EUR 1200000"),
     *         Map.of("cold", coldFunnel, "referral", referralFunnel),
     *         Map.of("cold", Ratio.parse("70%"), "referral", Ratio.parse("30%")));
     * }</pre>
     *
     * @param target the revenue target
     * @param channels each channel's model, by channel name, in the target's currency
     * @param shares each channel's share of the revenue, defined; together exactly 100 %
     * @return the plan, keyed by channel in the order of the names
     * @throws IllegalArgumentException if a share is undefined, the shares do not add up to 100 % or
     *     do not match the channels
     * @throws CurrencyMismatchException if a channel's average deal is in another currency
     */
    public static TeamPlan planChannels(Money target, Map<String, FunnelModel> channels,
            Map<String, Ratio> shares) {
        Objects.requireNonNull(shares, "shares");
        Map<String, Fraction> weights = new TreeMap<>();
        Fraction total = Fraction.ZERO;
        for (Map.Entry<String, Ratio> share : shares.entrySet()) {
            Ratio ratio = Objects.requireNonNull(share.getValue(), "share");
            if (!ratio.isDefined()) {
                throw new IllegalArgumentException("share of channel " + share.getKey() + " must be defined: "
                        + ratio);
            }
            Fraction value = Fraction.of(ratio);
            weights.put(share.getKey(), value);
            total = total.plus(value);
        }
        if (!total.equals(Fraction.ONE)) {
            throw new IllegalArgumentException("shares must add up to 100%: " + percent(total));
        }
        return split(target, channels, weights, "target", "channels", "shares", "channel");
    }

    /** An exact sum as a percentage when it is a short decimal, else as the fraction it is. */
    private static String percent(Fraction value) {
        try {
            BigDecimal percent = value.times(100).toScale(20, java.math.RoundingMode.UNNECESSARY);
            return Fraction.normalised(percent).toPlainString() + "%";
        } catch (ArithmeticException notShort) {
            return value.toString();
        }
    }

    private static TeamPlan split(Money target, Map<String, FunnelModel> models, Map<String, Fraction> weights,
            String targetName, String modelsName, String weightsName, String part) {
        Objects.requireNonNull(target, targetName);
        Objects.requireNonNull(models, modelsName);
        if (target.isNegative()) {
            throw new IllegalArgumentException(targetName + " must not be negative: " + target);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException(modelsName + " must not be empty");
        }
        if (!weights.keySet().equals(models.keySet())) {
            throw new IllegalArgumentException(weightsName + " must name exactly the " + part + "s of "
                    + modelsName + " " + new TreeMap<>(models).keySet() + ": " + new TreeMap<>(weights).keySet());
        }
        List<String> ids = new ArrayList<>(new TreeMap<>(models).keySet());
        for (String id : ids) {
            FunnelModel model = Objects.requireNonNull(models.get(id), modelsName + " model");
            if (!model.averageDeal().currency().equals(target.currency())) {
                throw new CurrencyMismatchException("averageDeal of " + part + " " + id + " must be in the currency of "
                        + targetName + " (" + target.currency().getCurrencyCode() + "): " + model.averageDeal(),
                        target.currency(), model.averageDeal().currency());
            }
        }
        Fraction total = Fraction.ZERO;
        for (String id : ids) {
            total = total.plus(weights.get(id));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException(weightsName + " must not all be zero: " + new TreeMap<>(weights));
        }
        int scale = target.amount().scale();
        BigInteger cents = target.amount().unscaledValue();
        int size = ids.size();
        BigInteger[] parts = new BigInteger[size];
        Fraction[] remainders = new Fraction[size];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < size; i++) {
            Fraction exact = weights.get(ids.get(i)).dividedBy(total).times(cents);
            parts[i] = exact.floor();
            remainders[i] = exact.minus(Fraction.of(parts[i]));
            given = given.add(parts[i]);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        // Fewer cents are left over than there are parts: each floor lost less than one.
        int left = cents.subtract(given).intValueExact();
        for (int j = 0; j < left; j++) {
            int i = order.get(j);
            parts[i] = parts[i].add(BigInteger.ONE);
        }
        Map<String, Money> targets = new LinkedHashMap<>();
        Map<String, Plan> plans = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String id = ids.get(i);
            Money share = Money.of(target.currency(), new BigDecimal(parts[i], scale));
            targets.put(id, share);
            plans.put(id, FunnelSolver.solve(models.get(id).withTarget(share)));
        }
        return new TeamPlan(target, targets, plans);
    }
}
