package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Works a revenue target backwards through the funnel to the activity that produces it, and a given
 * activity forwards to the revenue it should bring.
 *
 * <p>The reverse funnel, with R the target, A the average deal, E the expected wins of the pipeline
 * in hand, r<sub>i</sub> the ratios and W the opening weeks:
 * <pre>
 * won deals   D   = ceil(R / A − E)
 * stage i     n_i = ceil(n_(i+1) / r_i)        (n after the last stage is D)
 * magic number M  = ceil(n_opportunity / W)
 * </pre>
 * Every quantity is an exact fraction of big integers and every whole figure is the exact ceiling of
 * its fraction: 13 deals at 65 % need exactly 20 proposals, and 10<sup>17</sup> new opportunities
 * over 48 weeks are 2,083,333,333,333,334 a week, not one fewer. Rounding up at each stage is the
 * exact inverse of passing only whole activities forward (rounding down at each stage), so the
 * top-of-funnel figure is the least that reaches the target: one fewer falls short. The exact figures
 * beside the whole ones are the exact values rounded once, to 16 significant digits, half-even; no
 * whole figure is derived from them.
 *
 * <p>A plan holds its whole figures as {@code long}s. A plan that needs more of anything than a
 * {@code long} counts (more than 9,223,372,036,854,775,807 activities at a stage or in all, won deals,
 * or new opportunities or activities a week or a month) is {@link Plan.Unreachable}, with the figure
 * named in the reason: {@link #solve(FunnelModel)} never throws for a valid model.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class FunnelSolver {

    private static final Fraction WEEKS_A_MONTH = Fraction.of(52, 12);
    private static final Fraction[] PERCENTILES = {Fraction.of(1, 10), Fraction.of(1, 2), Fraction.of(9, 10)};

    private FunnelSolver() {
    }

    /**
     * Solves a model.
     *
     * @param model the target, average deal and funnel
     * @return the plan: reachable, already met or unreachable, never an exception
     */
    public static Plan solve(FunnelModel model) {
        Objects.requireNonNull(model, "model");
        List<Gateway> gateways = model.gateways();
        for (Gateway gateway : gateways) {
            Ratio ratio = gateway.ratio();
            if (!ratio.isDefined()) {
                return unreachable(model, gateway, "the ratio of gateway " + gateway.stage()
                        + " is undefined (" + ratio.undefinedReason().orElseThrow()
                        + "): no plan can be made from it");
            }
            if (ratio.isZero()) {
                return unreachable(model, gateway, "gateway " + gateway.stage()
                        + " converts at 0%: no amount of activity reaches a won deal");
            }
        }
        Fraction inHandWins = Exact.pipelineWins(model);
        PipelineInHand inHand = pipelineInHand(model);
        if (!model.target().isPositive()) {
            return new Plan.AlreadyMet(model, "the target is not above zero: " + model.target(), inHand);
        }
        Fraction wanted = Fraction.of(model.target()).dividedBy(Fraction.of(model.averageDeal()));
        Fraction remaining = wanted.minus(inHandWins);
        if (remaining.signum() <= 0) {
            return new Plan.AlreadyMet(model, "the pipeline in hand covers the target: "
                    + Exact.plain(Exact.figure(inHandWins)) + " expected wins against "
                    + Exact.plain(Exact.figure(wanted)) + " needed", inHand);
        }
        int n = gateways.size();
        Fraction[] ratios = new Fraction[n];
        for (int i = 0; i < n; i++) {
            ratios[i] = Exact.ratio(gateways.get(i));
        }
        long[] required = new long[n];
        Long wonDeals = remaining.ceilIfLong();
        if (wonDeals == null) {
            return tooMany(model, "won deals");
        }
        long out = wonDeals;
        long total = 0;
        for (int i = n - 1; i >= 0; i--) {
            // Each stage needs at least as many as the one below it, so the first count too large
            // to hold ends the chain.
            Long count = Exact.requiredFor(out, ratios[i]);
            if (count == null) {
                return tooMany(model, gateways.get(i).stage() + " activities");
            }
            required[i] = count;
            out = count;
            if (total > Long.MAX_VALUE - count) {
                return tooMany(model, "activities at all stages together");
            }
            total += count;
        }
        Optional<Plan> lagProblem = checkCycleLag(model);
        if (lagProblem.isPresent()) {
            return lagProblem.get();
        }
        int opportunity = model.indexOf(model.opportunityStage());
        long newOpportunities = required[opportunity];
        Fraction openingWeeks = Exact.openingWeeks(model);
        Fraction magic = Fraction.of(newOpportunities).dividedBy(openingWeeks);
        Long magicNumber = magic.ceilIfLong();
        if (magicNumber == null) {
            return tooMany(model, "new opportunities a week");
        }
        if (magic.times(WEEKS_A_MONTH).ceilIfLong() == null) {
            return tooMany(model, "new opportunities a month");
        }
        Fraction product = Fraction.ONE;
        BigDecimal[] exact = new BigDecimal[n];
        for (int i = n - 1; i >= 0; i--) {
            product = product.times(ratios[i]);
            exact[i] = Exact.figure(remaining, product);
        }
        List<StageRequirement> stages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Fraction count = Fraction.of(required[i]);
            Long weeklyWhole = openingWeeks.ceilOfQuotientIfLong(required[i]);
            if (weeklyWhole == null) {
                return tooMany(model, gateways.get(i).stage() + " activities a week");
            }
            stages.add(new StageRequirement(gateways.get(i).stage(), gateways.get(i).displayName(), required[i], exact[i], weeklyWhole,
                    Exact.figure(count, openingWeeks)));
        }
        Optional<CycleLag> lag = model.cycleDays().isEmpty() ? Optional.empty()
                : Optional.of(cycleLag(model, newOpportunities, openingWeeks));
        Optional<Capacity> capacity = model.hoursPerWeek().isEmpty() ? Optional.empty()
                : Optional.of(PlanReadings.capacity(model, required, wonDeals, openingWeeks));
        Optional<ConfidencePlan> confidence = model.confidence().isEmpty() ? Optional.empty()
                : Optional.of(confidence(model, wonDeals, opportunity, newOpportunities, openingWeeks));
        return new Plan.Reachable(model, wonDeals, Exact.figure(remaining), stages, Exact.figure(openingWeeks),
                magicNumber, Exact.figure(magic), inHand, lag,
                capacity, confidence);
    }

    /**
     * Projects activity forward: what {@code count} activities at a stage are expected to bring.
     *
     * @param model the funnel and average deal
     * @param stage the stage the count is at
     * @param count the activities at that stage, not negative
     * @return the projection, with the 10th, 50th and 90th percentiles of revenue when they can be
     *     counted exactly
     * @throws IllegalArgumentException if the stage is unknown or the count negative
     * @throws IllegalStateException if a gateway from the stage down is undefined
     */
    public static Projection project(FunnelModel model, String stage, long count) {
        Objects.requireNonNull(model, "model");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        int from = model.indexOf(stage);
        Fraction p = Exact.winProbability(model, from);
        Fraction expected = p.times(count);
        Money deal = model.averageDeal();
        return new Projection(stage, count, Exact.figure(expected), wholeWins(model, from, count, false),
                Exact.revenue(deal, expected), percentiles(deal, count, p));
    }

    /** The projection of a plan's top-of-funnel activity together with its pipeline in hand. */
    static Projection project(Plan.Reachable plan) {
        FunnelModel model = plan.model();
        StageRequirement top = plan.stages().get(0);
        if (model.openPipeline().isEmpty()) {
            return project(model, top.stage(), top.required());
        }
        Fraction expected = Exact.winProbability(model, 0).times(top.required()).plus(Exact.pipelineWins(model));
        Money deal = model.averageDeal();
        Projection.Percentiles percentiles = new Projection.UncountedPercentiles("with a pipeline in hand the wins are "
                + "a sum of binomials at different chances, whose percentiles are not computed");
        return new Projection(top.stage(), top.required(), Exact.figure(expected),
                wholeWins(model, 0, top.required(), true), Exact.revenue(deal, expected), percentiles);
    }

    /**
     * The wins when each stage passes only whole activities forward (rounding down at each stage),
     * starting with {@code count} at stage {@code from} and, when asked, adding the open pipeline of
     * each stage to what reaches it.
     */
    private static long wholeWins(FunnelModel model, int from, long count, boolean withPipeline) {
        List<Gateway> gateways = model.gateways();
        BigInteger flow = BigInteger.valueOf(count);
        for (int i = from; i < gateways.size(); i++) {
            if (withPipeline) {
                flow = flow.add(BigInteger.valueOf(model.openPipeline().getOrDefault(gateways.get(i).stage(), 0L)));
            }
            flow = Exact.ratio(gateways.get(i)).times(flow).floor();
        }
        // At most the count plus the pipeline, each a long, passed through ratios of at most one.
        return flow.min(Exact.MAX_COUNT).longValue();
    }

    private static Projection.Percentiles percentiles(Money deal, long count, Fraction p) {
        Money[] revenue = new Money[PERCENTILES.length];
        try {
            for (int i = 0; i < PERCENTILES.length; i++) {
                revenue[i] = deal.multipliedBy(Binomial.quantile(PERCENTILES[i], count, p));
            }
        } catch (Binomial.BeyondLimit beyond) {
            return new Projection.UncountedPercentiles(beyond.getMessage());
        }
        return new Projection.CountedPercentiles(revenue[0], revenue[1], revenue[2]);
    }

    private static PipelineInHand pipelineInHand(FunnelModel model) {
        if (model.openPipeline().isEmpty()) {
            return new PipelineInHand(BigDecimal.ZERO, Money.zero(model.target().currency()), Map.of());
        }
        Map<String, BigDecimal> byStage = new LinkedHashMap<>();
        Fraction wins = Fraction.ZERO;
        for (Map.Entry<String, Long> open : model.openPipeline().entrySet()) {
            Fraction expected = Exact.winProbability(model, model.indexOf(open.getKey())).times(open.getValue());
            byStage.put(open.getKey(), Exact.figure(expected));
            wins = wins.plus(expected);
        }
        return new PipelineInHand(Exact.figure(wins), Exact.revenue(model.averageDeal(), wins), byStage);
    }

    /** The reason a sales cycle leaves no opening window, if it does. */
    private static Optional<Plan> checkCycleLag(FunnelModel model) {
        if (model.cycleDays().isEmpty()) {
            return Optional.empty();
        }
        SalesPeriod period = model.period().orElseThrow();
        long cycleDays = model.cycleDays().getAsLong();
        if (cycleDays >= period.days()) {
            return Optional.of(new Plan.Unreachable(model, "the sales cycle of " + cycleDays
                    + " days is longer than the period " + period
                    + ": no opportunity opened in it closes in it", Optional.empty()));
        }
        WorkCalendar calendar = Exact.calendarOf(model);
        SalesPeriod window = Exact.window(model);
        if (calendar.workingDays(window) == 0 || calendar.workingDays(period) == 0) {
            return Optional.of(new Plan.Unreachable(model, "no working day is left to open opportunities before "
                    + window.end() + ", one sales cycle before the period ends", Optional.empty()));
        }
        return Optional.empty();
    }

    private static CycleLag cycleLag(FunnelModel model, long newOpportunities, Fraction openingWeeks) {
        WorkCalendar calendar = Exact.calendarOf(model);
        SalesPeriod window = Exact.window(model);
        long windowDays = calendar.workingDays(window);
        List<CycleLag.Deadline> deadlines = new ArrayList<>();
        for (SalesPeriod week : calendar.weeks(window)) {
            long elapsed = calendar.workingDays(SalesPeriod.of(window.start(), week.end()));
            long due = Fraction.of(newOpportunities).times(Fraction.of(elapsed, windowDays)).ceil().longValueExact();
            deadlines.add(new CycleLag.Deadline(week, week.end(), due));
        }
        return new CycleLag(model.cycleDays().getAsLong(), window.end(), Exact.figure(openingWeeks), deadlines);
    }

    private static ConfidencePlan confidence(FunnelModel model, long wonDeals, int opportunity,
            long expectedValue, Fraction openingWeeks) {
        Ratio level = model.confidence().orElseThrow();
        Fraction p = Exact.winProbability(model, opportunity);
        BigDecimal shown = Exact.figure(p);
        long trials;
        try {
            trials = Binomial.trialsFor(wonDeals, p, Fraction.of(level));
        } catch (Binomial.BeyondLimit beyond) {
            return new ConfidencePlan.UncountedConfidence(level, shown, expectedValue, beyond.getMessage());
        }
        long newOpportunities = Math.max(trials, expectedValue);
        Long weekly = Exact.counted(Fraction.of(newOpportunities).dividedBy(openingWeeks).ceil());
        if (weekly == null) {
            return new ConfidencePlan.UncountedConfidence(level, shown, expectedValue, newOpportunities
                    + " new opportunities are more a week than can be counted (" + Long.MAX_VALUE + ")");
        }
        return new ConfidencePlan.CountedConfidence(level, shown, newOpportunities, weekly, expectedValue);
    }

    private static Plan.Unreachable tooMany(FunnelModel model, String what) {
        return new Plan.Unreachable(model, "the plan needs more " + what + " than can be counted ("
                + Long.MAX_VALUE + ")", Optional.empty());
    }

    private static Plan.Unreachable unreachable(FunnelModel model, Gateway gateway, String reason) {
        return new Plan.Unreachable(model, reason, Optional.of(gateway.stage()));
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
