package io.github.kpiengine.plan;

import io.github.kpiengine.Ratio;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.math.BigInteger;
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
 * What a reachable plan reads off besides its stages: capacity, focus, the barometer, pacing and
 * monthly quotas, each computed on exact fractions and rounded once at the end.
 */
final class PlanReadings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Fraction ONE_POINT = Fraction.of(1, 100);
    private static final Fraction WEEKS_A_MONTH = Fraction.of(52, 12);
    private static final int PERMILLE = 1000;

    private PlanReadings() {
    }

    static Capacity capacity(FunnelModel model, long[] required, long wonDeals, Fraction openingWeeks) {
        Fraction needed = Fraction.ZERO;
        List<Gateway> gateways = model.gateways();
        for (int i = 0; i < gateways.size(); i++) {
            BigDecimal hours = model.hoursPerActivity().get(gateways.get(i).stage());
            if (hours != null) {
                needed = needed.plus(Fraction.of(hours).times(required[i]));
            }
        }
        needed = needed.dividedBy(openingWeeks);
        Fraction available = Fraction.of(model.hoursPerWeek().orElseThrow()).times(Fraction.of(model.sellingShare()));
        BigDecimal utilisation = needed.dividedBy(available).toScale(4, RoundingMode.HALF_EVEN);
        boolean feasible = needed.compareTo(available) <= 0;
        Map<String, Ratio> fixes = new LinkedHashMap<>();
        if (!feasible) {
            for (int g = 0; g < gateways.size(); g++) {
                Ratio fit = ratioThatFits(model, g, wonDeals, openingWeeks, available);
                if (fit != null) {
                    fixes.put(gateways.get(g).stage(), fit);
                }
            }
        }
        return new Capacity(Exact.figure(needed), Exact.figure(available), utilisation, feasible, fixes);
    }

    /**
     * The least ratio of one gateway, in steps of a tenth of a point above its current value, at
     * which the plan fits the selling hours with every other ratio held; null if none does.
     */
    private static Ratio ratioThatFits(FunnelModel model, int g, long wonDeals, Fraction openingWeeks,
            Fraction available) {
        long low = Exact.ratio(model.gateways().get(g)).times(PERMILLE).floor().longValueExact();
        long high = PERMILLE;
        if (low >= high || weeklyHours(model, g, Fraction.ONE, wonDeals, openingWeeks).compareTo(available) > 0) {
            return null;
        }
        while (high - low > 1) {
            long mid = (low + high) / 2;
            if (weeklyHours(model, g, Fraction.of(mid, PERMILLE), wonDeals, openingWeeks).compareTo(available) <= 0) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Ratio.of(BigDecimal.valueOf(high, 3));
    }

    private static Fraction weeklyHours(FunnelModel model, int g, Fraction replaced, long wonDeals,
            Fraction openingWeeks) {
        List<Gateway> gateways = model.gateways();
        Fraction total = Fraction.ZERO;
        BigInteger out = BigInteger.valueOf(wonDeals);
        for (int i = gateways.size() - 1; i >= 0; i--) {
            out = Exact.requiredFor(out, i == g ? replaced : Exact.ratio(gateways.get(i)));
            BigDecimal hours = model.hoursPerActivity().get(gateways.get(i).stage());
            if (hours != null) {
                total = total.plus(Fraction.of(hours).times(out));
            }
        }
        return total.dividedBy(openingWeeks);
    }

    static List<Focus> focus(Plan.Reachable plan, Map<String, Ratio> reference) {
        Objects.requireNonNull(reference, "reference");
        FunnelModel model = plan.model();
        Fraction openingWeeks = Exact.openingWeeks(model);
        List<Gateway> gateways = model.gateways();
        List<Focus> result = new ArrayList<>();
        for (int g = 0; g < gateways.size(); g++) {
            Gateway gateway = gateways.get(g);
            Fraction ratio = Exact.ratio(gateway);
            long saved = 0;
            Fraction hoursSaved = Fraction.ZERO;
            if (!gateway.ratio().isOne()) {
                Fraction improved = ratio.plus(ONE_POINT).min(Fraction.ONE);
                BigInteger out = BigInteger.valueOf(plan.wonDeals());
                for (int i = gateways.size() - 1; i >= 0; i--) {
                    out = Exact.requiredFor(out, i == g ? improved : Exact.ratio(gateways.get(i)));
                    // A better ratio never needs more, and the plan's stages add up within a long.
                    long fewer = plan.stages().get(i).required() - out.longValueExact();
                    saved += fewer;
                    BigDecimal hours = model.hoursPerActivity().get(gateways.get(i).stage());
                    if (hours != null) {
                        hoursSaved = hoursSaved.plus(Fraction.of(hours).times(fewer));
                    }
                }
            }
            Ratio ref = reference.get(gateway.stage());
            Optional<BigDecimal> gap = ref == null || !ref.isDefined() ? Optional.empty()
                    : Optional.of(ratio.minus(Fraction.of(ref)).times(100).toScale(2, RoundingMode.HALF_EVEN));
            result.add(new Focus(gateway.stage(), gateway.displayName(), gateway.ratio(), saved,
                    hoursSaved.dividedBy(openingWeeks).toScale(2, RoundingMode.HALF_EVEN), gap));
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
        FunnelModel.checkPlaces("actualPerWeek", actualPerWeek);
        if (actualPerWeek.signum() < 0 || actualPerWeek.compareTo(new BigDecimal(Exact.MAX_COUNT)) > 0) {
            throw new IllegalArgumentException("actualPerWeek must be from 0 to " + Long.MAX_VALUE + ": "
                    + FunnelModel.shown(actualPerWeek));
        }
        BigDecimal magic = BigDecimal.valueOf(plan.magicNumber());
        BigDecimal percent = actualPerWeek.multiply(HUNDRED).divide(magic, 1, RoundingMode.HALF_EVEN);
        return new Barometer(actualPerWeek, plan.magicNumber(), percent, actualPerWeek.compareTo(magic) >= 0);
    }

    static Pacing pacing(Plan.Reachable plan, BigDecimal weeksElapsed, long actualSoFar) {
        Objects.requireNonNull(weeksElapsed, "weeksElapsed");
        FunnelModel.checkPlaces("weeksElapsed", weeksElapsed);
        Fraction openingWeeks = Exact.openingWeeks(plan.model());
        if (weeksElapsed.signum() < 0 || weeksElapsed.compareTo(FunnelModel.MAX_WEEKS) > 0
                || Fraction.of(weeksElapsed).compareTo(openingWeeks) > 0) {
            throw new IllegalArgumentException("weeksElapsed must be between 0 and "
                    + Exact.plain(plan.openingWeeks()) + ": " + FunnelModel.shown(weeksElapsed));
        }
        if (actualSoFar < 0) {
            throw new IllegalArgumentException("actualSoFar must not be negative: " + actualSoFar);
        }
        long required = plan.newOpportunities();
        Fraction elapsed = Fraction.of(weeksElapsed);
        // Due so far is at most the whole requirement, which is a long.
        long due = Fraction.of(required).times(elapsed).dividedBy(openingWeeks).ceil().longValueExact();
        long missing = Math.max(0, required - actualSoFar);
        Fraction weeksLeft = openingWeeks.minus(elapsed);
        // With less than a week left, all that is missing is due in what is left.
        long perWeek = weeksLeft.compareTo(Fraction.ONE) < 0 ? missing
                : Fraction.of(missing).dividedBy(weeksLeft).ceil().longValueExact();
        return new Pacing(weeksElapsed, actualSoFar, due, actualSoFar - due, perWeek);
    }

    static List<MonthlyQuota> perMonth(Plan.Reachable plan, WeeksPerMonth convention) {
        Objects.requireNonNull(convention, "convention");
        FunnelModel model = plan.model();
        Fraction newOpportunities = Fraction.of(plan.newOpportunities());
        Fraction openingWeeks = Exact.openingWeeks(model);
        switch (convention) {
            case FOUR:
                return List.of(quota(null, Fraction.of(4), newOpportunities, openingWeeks));
            case FIFTY_TWO_TWELFTHS:
                return List.of(quota(null, WEEKS_A_MONTH, newOpportunities, openingWeeks));
            default:
                if (model.period().isEmpty()) {
                    throw new IllegalArgumentException(
                            "convention CALENDAR needs a model with a period: set period(...)");
                }
                WorkCalendar calendar = Exact.calendarOf(model);
                SalesPeriod window = model.cycleDays().isEmpty() ? model.period().orElseThrow() : Exact.window(model);
                long windowDays = calendar.workingDays(window);
                List<MonthlyQuota> months = new ArrayList<>();
                for (YearMonth month = YearMonth.from(window.start());
                        !month.isAfter(YearMonth.from(window.end())); month = month.plusMonths(1)) {
                    LocalDate start = FunnelSolver.max(month.atDay(1), window.start());
                    LocalDate end = FunnelSolver.min(month.atEndOfMonth(), window.end());
                    long days = calendar.workingDays(SalesPeriod.of(start, end));
                    months.add(quota(month, openingWeeks.times(Fraction.of(days, windowDays)), newOpportunities,
                            openingWeeks));
                }
                return List.copyOf(months);
        }
    }

    /** New opportunities × the month's weeks ÷ the opening weeks, rounded up on the exact fraction. */
    private static MonthlyQuota quota(YearMonth month, Fraction weeks, Fraction newOpportunities,
            Fraction openingWeeks) {
        // The solver made sure the 52/12 quota, the largest a month can have, is a long.
        long quota = newOpportunities.times(weeks).dividedBy(openingWeeks).ceil().longValueExact();
        return new MonthlyQuota(month, Exact.figure(weeks), quota);
    }
}
