package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Works a revenue target backwards through the funnel to the activity that produces it, and a given
 * activity forwards to the revenue it should bring.
 *
 * <p>The reverse funnel, with R the target, A the average deal and r<sub>i</sub> the ratios:
 * <pre>
 * won deals   D   = ceil(R / A − expected wins of the pipeline in hand)
 * stage i     n_i = ceil(n_(i+1) / r_i)        (n after the last stage is D)
 * magic number M  = ceil(n_opportunity / opening weeks)
 * </pre>
 * Every division is exact decimal or exact integer arithmetic: 13 deals at 65 % need exactly 20
 * proposals. Rounding up at each stage is the exact inverse of passing only whole activities
 * forward (rounding down at each stage), so the top-of-funnel figure is the least that reaches the
 * target: one fewer falls short. Exact figures (no rounding at any stage) are kept beside the whole
 * ones, to 16 significant digits ({@link MathContext#DECIMAL64}); they are for reading, and no
 * whole figure is derived from them.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class FunnelSolver {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final MathContext FIGURES = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ONE_POINT = new BigDecimal("0.01");
    private static final double[] PERCENTILES = {0.1, 0.5, 0.9};

    private FunnelSolver() {
    }

    /**
     * Solves a model.
     *
     * @param model the target, average deal and funnel
     * @return the plan: reachable, already met or unreachable
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
        PipelineInHand inHand = pipelineInHand(model);
        if (!model.target().isPositive()) {
            return new Plan.AlreadyMet(model, "the target is not above zero: " + model.target(), inHand);
        }
        BigDecimal deal = model.averageDeal().amount();
        // Revenue still to win after the pipeline in hand, exact: R − E × A.
        BigDecimal needed = inHand.expectedWins().signum() == 0 ? model.target().amount()
                : model.target().amount().subtract(inHand.expectedWins().multiply(deal));
        if (needed.signum() <= 0) {
            return new Plan.AlreadyMet(model, "the pipeline in hand covers the target: "
                    + plain(inHand.expectedWins()) + " expected wins against "
                    + plain(divide(model.target().amount(), deal)) + " needed", inHand);
        }
        BigDecimal remaining = divide(needed, deal);
        int n = gateways.size();
        long[] required = new long[n];
        BigDecimal[] exact = new BigDecimal[n];
        long wonDeals;
        try {
            wonDeals = needed.divide(deal, 0, RoundingMode.CEILING).longValueExact();
            long out = wonDeals;
            BigDecimal outExact = remaining;
            for (int i = n - 1; i >= 0; i--) {
                Ratio ratio = gateways.get(i).ratio();
                required[i] = ratio.requiredFor(out);
                exact[i] = ratio.exactRequiredFor(outExact, FIGURES);
                out = required[i];
                outExact = exact[i];
            }
        } catch (ArithmeticException tooMany) {
            return new Plan.Unreachable(model, "the plan needs more activities than can be counted ("
                    + Long.MAX_VALUE + ") at some stage", Optional.empty());
        }
        int opportunity = model.indexOf(model.opportunityStage());
        BigDecimal openingWeeks = model.weeks();
        Optional<CycleLag> lag = Optional.empty();
        if (model.cycleDays() != null) {
            SalesPeriod period = model.period();
            LocalDate lastOpen = period.end().minusDays(model.cycleDays());
            if (lastOpen.isBefore(period.start())) {
                return new Plan.Unreachable(model, "the sales cycle of " + model.cycleDays()
                        + " days is longer than the period " + period
                        + ": no opportunity opened in it closes in it", Optional.empty());
            }
            WorkCalendar calendar = calendarOf(model);
            BigDecimal periodWeeks = calendar.sellingWeeks(period);
            SalesPeriod window = SalesPeriod.of(period.start(), lastOpen);
            BigDecimal windowWeeks = calendar.sellingWeeks(window);
            if (windowWeeks.signum() == 0 || periodWeeks.signum() == 0) {
                return new Plan.Unreachable(model, "no working day is left to open opportunities before "
                        + lastOpen + ", one sales cycle before the period ends", Optional.empty());
            }
            openingWeeks = divide(model.weeks().multiply(windowWeeks), periodWeeks);
            lag = Optional.of(new CycleLag(model.cycleDays(), lastOpen, openingWeeks,
                    schedule(calendar, window, windowWeeks, required[opportunity])));
        }
        List<StageRequirement> stages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal weekly = divide(BigDecimal.valueOf(required[i]), openingWeeks);
            stages.add(new StageRequirement(gateways.get(i).stage(), required[i], exact[i],
                    ceil(weekly), weekly));
        }
        StageRequirement opp = stages.get(opportunity);
        Optional<Capacity> capacity = model.hoursPerWeek() == null ? Optional.empty()
                : Optional.of(capacity(model, stages, model.hoursPerWeek(), wonDeals, openingWeeks));
        Optional<ConfidencePlan> confidence = model.confidence() == null ? Optional.empty()
                : Optional.of(confidence(model, model.confidence(), wonDeals, opportunity,
                        opp.required(), openingWeeks));
        return new Plan.Reachable(model, wonDeals, remaining, stages, openingWeeks, opp.weekly(),
                opp.weeklyExact(), inHand, lag, capacity, confidence);
    }

    /**
     * Projects activity forward: what {@code count} activities at a stage are expected to bring.
     *
     * @param model the funnel and average deal
     * @param stage the stage the count is at
     * @param count the activities at that stage, not negative
     * @return the projection, with the 10th, 50th and 90th percentiles of revenue
     * @throws IllegalArgumentException if the stage is unknown or the count negative
     * @throws IllegalStateException if a gateway from the stage down is undefined
     */
    public static Projection project(FunnelModel model, String stage, long count) {
        Objects.requireNonNull(model, "model");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        int from = model.indexOf(stage);
        BigDecimal p = winProbability(model, from);
        BigInteger whole = BigInteger.valueOf(count);
        for (Gateway gateway : model.gateways().subList(from, model.gateways().size())) {
            Ratio ratio = gateway.ratio();
            whole = whole.multiply(BigInteger.valueOf(ratio.numerator()))
                    .divide(BigInteger.valueOf(ratio.denominator()));
        }
        BigDecimal expectedWins = p.multiply(BigDecimal.valueOf(count));
        Money deal = model.averageDeal();
        double probability = p.doubleValue();
        Money[] percentiles = new Money[PERCENTILES.length];
        for (int i = 0; i < PERCENTILES.length; i++) {
            percentiles[i] = deal.multipliedBy(Binomial.quantile(PERCENTILES[i], count, probability));
        }
        return new Projection(stage, count, expectedWins, whole.longValueExact(),
                deal.multipliedBy(expectedWins, RoundingMode.HALF_EVEN),
                percentiles[0], percentiles[1], percentiles[2]);
    }

    static List<Focus> focus(Plan.Reachable plan, Map<String, Ratio> reference) {
        Objects.requireNonNull(reference, "reference");
        FunnelModel model = plan.model();
        List<Gateway> gateways = model.gateways();
        List<Focus> result = new ArrayList<>();
        for (int g = 0; g < gateways.size(); g++) {
            Gateway gateway = gateways.get(g);
            long saved = 0;
            BigDecimal hoursSaved = BigDecimal.ZERO;
            if (!gateway.ratio().isOne()) {
                // A counted ratio such as 13/30 has no finite decimal value; twelve places are
                // far finer than the one point added.
                BigDecimal better = gateway.ratio().value().add(ONE_POINT).min(BigDecimal.ONE)
                        .setScale(12, RoundingMode.FLOOR);
                Ratio improved = Ratio.of(better);
                long out = plan.wonDeals();
                for (int i = gateways.size() - 1; i >= 0; i--) {
                    long need = (i == g ? improved : gateways.get(i).ratio()).requiredFor(out);
                    long fewer = plan.stages().get(i).required() - need;
                    saved += fewer;
                    BigDecimal hours = model.hoursPerActivity().get(gateways.get(i).stage());
                    if (hours != null) {
                        hoursSaved = hoursSaved.add(hours.multiply(divide(BigDecimal.valueOf(fewer),
                                plan.openingWeeks())));
                    }
                    out = need;
                }
            }
            Ratio ref = reference.get(gateway.stage());
            Optional<BigDecimal> gap = ref == null || !ref.isDefined() ? Optional.empty()
                    : Optional.of(gateway.ratio().value().subtract(ref.value()).multiply(HUNDRED)
                            .setScale(2, RoundingMode.HALF_EVEN));
            result.add(new Focus(gateway.stage(), gateway.ratio(), saved,
                    hoursSaved.setScale(2, RoundingMode.HALF_EVEN), gap));
        }
        result.sort(Comparator
                .comparing((Focus f) -> f.gapToReference().map(gap -> gap.signum() < 0).orElse(false))
                .reversed()
                .thenComparing(Focus::hoursSavedPerWeek, Comparator.reverseOrder())
                .thenComparing(Focus::activitiesSaved, Comparator.reverseOrder()));
        return List.copyOf(result);
    }

    static Barometer barometer(Plan.Reachable plan, BigDecimal actualPerWeek) {
        Objects.requireNonNull(actualPerWeek, "actualPerWeek");
        if (actualPerWeek.signum() < 0) {
            throw new IllegalArgumentException(
                    "actualPerWeek must not be negative: " + actualPerWeek.toPlainString());
        }
        BigDecimal percent = actualPerWeek.multiply(HUNDRED)
                .divide(BigDecimal.valueOf(plan.magicNumber()), 1, RoundingMode.HALF_EVEN);
        return new Barometer(actualPerWeek, plan.magicNumber(), percent,
                actualPerWeek.compareTo(BigDecimal.valueOf(plan.magicNumber())) >= 0);
    }

    static Pacing pacing(Plan.Reachable plan, BigDecimal weeksElapsed, long actualSoFar) {
        Objects.requireNonNull(weeksElapsed, "weeksElapsed");
        if (weeksElapsed.signum() < 0 || weeksElapsed.compareTo(plan.openingWeeks()) > 0) {
            throw new IllegalArgumentException("weeksElapsed must be between 0 and "
                    + plain(plan.openingWeeks()) + ": " + weeksElapsed.toPlainString());
        }
        if (actualSoFar < 0) {
            throw new IllegalArgumentException("actualSoFar must not be negative: " + actualSoFar);
        }
        long required = plan.newOpportunities();
        long due = ceil(divide(BigDecimal.valueOf(required).multiply(weeksElapsed), plan.openingWeeks()));
        long missing = Math.max(0, required - actualSoFar);
        BigDecimal weeksLeft = plan.openingWeeks().subtract(weeksElapsed);
        long perWeek = weeksLeft.signum() == 0 ? missing : ceil(divide(BigDecimal.valueOf(missing), weeksLeft));
        return new Pacing(weeksElapsed, actualSoFar, due, actualSoFar - due, perWeek);
    }

    static List<MonthlyQuota> perMonth(Plan.Reachable plan, WeeksPerMonth convention) {
        Objects.requireNonNull(convention, "convention");
        BigDecimal magic = plan.magicNumberExact();
        switch (convention) {
            case FOUR:
                return List.of(quota(null, BigDecimal.valueOf(4), magic));
            case FIFTY_TWO_TWELFTHS:
                return List.of(quota(null, divide(BigDecimal.valueOf(52), BigDecimal.valueOf(12)), magic));
            default:
                FunnelModel model = plan.model();
                if (model.period() == null) {
                    throw new IllegalArgumentException(
                            "convention CALENDAR needs a model with a period: set period(...)");
                }
                WorkCalendar calendar = calendarOf(model);
                SalesPeriod window = SalesPeriod.of(model.period().start(),
                        plan.cycleLag().map(CycleLag::lastOpenDay).orElse(model.period().end()));
                BigDecimal windowWeeks = calendar.sellingWeeks(window);
                List<MonthlyQuota> months = new ArrayList<>();
                for (YearMonth month = YearMonth.from(window.start());
                        !month.isAfter(YearMonth.from(window.end())); month = month.plusMonths(1)) {
                    LocalDate start = max(month.atDay(1), window.start());
                    LocalDate end = min(month.atEndOfMonth(), window.end());
                    BigDecimal weeks = divide(calendar.sellingWeeks(SalesPeriod.of(start, end))
                            .multiply(plan.openingWeeks()), windowWeeks);
                    months.add(quota(month, weeks, magic));
                }
                return List.copyOf(months);
        }
    }

    private static MonthlyQuota quota(YearMonth month, BigDecimal weeks, BigDecimal magic) {
        return new MonthlyQuota(month, weeks, ceil(magic.multiply(weeks)));
    }

    private static PipelineInHand pipelineInHand(FunnelModel model) {
        if (model.openPipeline().isEmpty()) {
            return new PipelineInHand(BigDecimal.ZERO, Money.zero(model.target().currency()), Map.of());
        }
        BigDecimal wins = BigDecimal.ZERO;
        Map<String, BigDecimal> byStage = new LinkedHashMap<>();
        for (Map.Entry<String, Long> open : model.openPipeline().entrySet()) {
            int from = model.indexOf(open.getKey());
            BigDecimal p = winProbability(model, from);
            BigDecimal expected = p.multiply(BigDecimal.valueOf(open.getValue()));
            byStage.put(open.getKey(), expected);
            wins = wins.add(expected);
        }
        return new PipelineInHand(wins,
                model.averageDeal().multipliedBy(wins, RoundingMode.HALF_EVEN), byStage);
    }

    /** The product of the ratios from a stage down to a won deal; zero if one is undefined. */
    private static BigDecimal winProbability(FunnelModel model, int from) {
        BigDecimal p = BigDecimal.ONE;
        for (Gateway gateway : model.gateways().subList(from, model.gateways().size())) {
            if (!gateway.ratio().isDefined()) {
                throw new IllegalStateException("the ratio of gateway " + gateway.stage()
                        + " is undefined: " + gateway.ratio().undefinedReason().orElseThrow());
            }
            p = p.multiply(gateway.ratio().value(), MC);
        }
        return p;
    }

    private static Capacity capacity(FunnelModel model, List<StageRequirement> stages, BigDecimal hoursPerWeek,
            long wonDeals, BigDecimal openingWeeks) {
        BigDecimal needed = BigDecimal.ZERO;
        for (StageRequirement stage : stages) {
            BigDecimal hours = model.hoursPerActivity().get(stage.stage());
            if (hours != null) {
                needed = needed.add(hours.multiply(stage.weeklyExact()));
            }
        }
        BigDecimal available = hoursPerWeek.multiply(model.sellingShare().value());
        BigDecimal utilisation = needed.divide(available, 4, RoundingMode.HALF_EVEN);
        boolean feasible = needed.compareTo(available) <= 0;
        Map<String, Ratio> fixes = new LinkedHashMap<>();
        if (!feasible) {
            List<Gateway> gateways = model.gateways();
            for (int g = 0; g < gateways.size(); g++) {
                Ratio fit = ratioThatFits(model, g, wonDeals, openingWeeks, available);
                if (fit != null) {
                    fixes.put(gateways.get(g).stage(), fit);
                }
            }
        }
        return new Capacity(needed.round(MathContext.DECIMAL64).stripTrailingZeros(),
                available.stripTrailingZeros(), utilisation, feasible, fixes);
    }

    /**
     * The least ratio of one gateway, in steps of a tenth of a point above its current value, at
     * which the plan fits the selling hours with every other ratio held; null if none does.
     */
    private static Ratio ratioThatFits(FunnelModel model, int g, long wonDeals, BigDecimal openingWeeks,
            BigDecimal available) {
        Ratio current = model.gateways().get(g).ratio();
        long low = current.value().movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact();
        long high = 1000;
        if (low >= high || weeklyHours(model, g, Ratio.ofPercent(100), wonDeals, openingWeeks)
                .compareTo(available) > 0) {
            return null;
        }
        while (high - low > 1) {
            long mid = (low + high) / 2;
            if (weeklyHours(model, g, Ratio.of(BigDecimal.valueOf(mid, 3)), wonDeals, openingWeeks)
                    .compareTo(available) <= 0) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Ratio.of(BigDecimal.valueOf(high, 3));
    }

    private static BigDecimal weeklyHours(FunnelModel model, int g, Ratio replaced, long wonDeals,
            BigDecimal openingWeeks) {
        List<Gateway> gateways = model.gateways();
        BigDecimal total = BigDecimal.ZERO;
        long out = wonDeals;
        for (int i = gateways.size() - 1; i >= 0; i--) {
            out = (i == g ? replaced : gateways.get(i).ratio()).requiredFor(out);
            BigDecimal hours = model.hoursPerActivity().get(gateways.get(i).stage());
            if (hours != null) {
                total = total.add(hours.multiply(BigDecimal.valueOf(out)));
            }
        }
        return divide(total, openingWeeks);
    }

    private static ConfidencePlan confidence(FunnelModel model, Ratio level, long wonDeals, int opportunity,
            long expectedValue, BigDecimal openingWeeks) {
        BigDecimal p = winProbability(model, opportunity);
        long trials = Binomial.trialsFor(wonDeals, p.doubleValue(), level.value().doubleValue());
        long newOpportunities = Math.max(trials, expectedValue);
        return new ConfidencePlan(level, p, newOpportunities,
                ceil(divide(BigDecimal.valueOf(newOpportunities), openingWeeks)), expectedValue);
    }

    private static List<CycleLag.Deadline> schedule(WorkCalendar calendar, SalesPeriod window,
            BigDecimal windowWeeks, long newOpportunities) {
        List<CycleLag.Deadline> deadlines = new ArrayList<>();
        for (SalesPeriod week : calendar.weeks(window)) {
            BigDecimal elapsed = calendar.sellingWeeks(SalesPeriod.of(window.start(), week.end()));
            long due = ceil(divide(BigDecimal.valueOf(newOpportunities).multiply(elapsed), windowWeeks));
            deadlines.add(new CycleLag.Deadline(week, week.end(), due));
        }
        return deadlines;
    }

    private static WorkCalendar calendarOf(FunnelModel model) {
        return model.calendar() != null ? model.calendar() : WorkCalendar.standard();
    }

    private static Plan.Unreachable unreachable(FunnelModel model, Gateway gateway, String reason) {
        return new Plan.Unreachable(model, reason, Optional.of(gateway.stage()));
    }

    /** a ÷ b, exact when the quotient has at most 16 significant digits, else rounded to 16. */
    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, FIGURES);
    }

    private static long ceil(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private static String plain(BigDecimal value) {
        return value.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
