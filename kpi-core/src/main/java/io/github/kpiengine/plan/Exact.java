package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The exact quantities of a model that every part of the solver reads: ratios, win probabilities,
 * the pipeline in hand and the weeks, as {@link Fraction}s, and the rules for turning them into the
 * figures a plan shows.
 */
final class Exact {

    /** How an "exact" figure is shown: the exact value rounded once to 16 significant digits, half-even. */
    static final MathContext FIGURES = MathContext.DECIMAL64;

    /** The largest whole figure a plan can hold. */
    static final BigInteger MAX_COUNT = BigInteger.valueOf(Long.MAX_VALUE);

    private Exact() {
    }

    /** A gateway's ratio, exactly; the ratio must be defined. */
    static Fraction ratio(Gateway gateway) {
        if (!gateway.ratio().isDefined()) {
            throw new IllegalStateException("the ratio of gateway " + gateway.stage() + " must be defined: "
                    + gateway.ratio().undefinedReason().orElseThrow());
        }
        return Fraction.of(gateway.ratio());
    }

    /** The product of the ratios from a stage down to a won deal. */
    static Fraction winProbability(FunnelModel model, int from) {
        Fraction p = Fraction.ONE;
        List<Gateway> gateways = model.gateways();
        for (Gateway gateway : gateways.subList(from, gateways.size())) {
            p = p.times(ratio(gateway));
        }
        return p;
    }

    /** The least whole number that, passed through the ratio, yields at least {@code out}. */
    static BigInteger requiredFor(BigInteger out, Fraction ratio) {
        return out.bitLength() < Long.SIZE ? ratio.ceilOfQuotient(out.longValue())
                : Fraction.of(out).dividedBy(ratio).ceil();
    }

    /** {@link #requiredFor(BigInteger, Fraction)} of a count, or null when it is more than a long holds. */
    static Long requiredFor(long out, Fraction ratio) {
        return ratio.ceilOfQuotientIfLong(out);
    }

    /** The expected wins of the open pipeline, exactly. */
    static Fraction pipelineWins(FunnelModel model) {
        if (model.openPipeline().isEmpty()) {
            return Fraction.ZERO;
        }
        Fraction wins = Fraction.ZERO;
        for (Map.Entry<String, Long> open : model.openPipeline().entrySet()) {
            wins = wins.plus(winProbability(model, model.indexOf(open.getKey())).times(open.getValue()));
        }
        return wins;
    }

    /**
     * The selling weeks of the model: the working days of its period over the working days of a week
     * when the weeks came from the calendar, else the weeks as given.
     */
    static Fraction weeks(FunnelModel model) {
        if (model.period().isPresent()) {
            WorkCalendar calendar = calendarOf(model);
            SalesPeriod period = model.period().get();
            long days = calendar.workingDays(period);
            if (days > 0 && model.weeks().compareTo(calendar.sellingWeeks(period)) == 0) {
                return Fraction.of(days, calendar.workingDays().size());
            }
        }
        return Fraction.of(model.weeks());
    }

    /**
     * The weeks in which new opportunities can be opened: all of them, or with a sales cycle the
     * share of the period's working days before the last opening day. The model must have been
     * solved to a reachable plan.
     */
    static Fraction openingWeeks(FunnelModel model) {
        Fraction weeks = weeks(model);
        if (model.cycleDays().isEmpty()) {
            return weeks;
        }
        WorkCalendar calendar = calendarOf(model);
        long periodDays = calendar.workingDays(model.period().orElseThrow());
        long windowDays = calendar.workingDays(window(model));
        return weeks.times(Fraction.of(windowDays, periodDays));
    }

    /** The opening window of a model with a sales cycle shorter than its period. */
    static SalesPeriod window(FunnelModel model) {
        SalesPeriod period = model.period().orElseThrow();
        return SalesPeriod.of(period.start(), period.end().minusDays(model.cycleDays().orElseThrow()));
    }

    static WorkCalendar calendarOf(FunnelModel model) {
        return model.calendar().orElseGet(WorkCalendar::standard);
    }

    /** An exact value as a figure: rounded once to 16 significant digits. */
    static BigDecimal figure(Fraction value) {
        return value.round(FIGURES);
    }

    /** An exact quotient as a figure: a ÷ b rounded once to 16 significant digits. */
    static BigDecimal figure(Fraction a, Fraction b) {
        return Fraction.quotientToSixteenDigits(a, b);
    }

    /** Money times an exact number of deals, rounded once, half-even, to the currency. */
    static Money revenue(Money deal, Fraction wins) {
        Fraction amount = Fraction.of(deal).times(wins);
        return Money.of(deal.currency(), amount.toScale(deal.amount().scale(), RoundingMode.HALF_EVEN));
    }

    /** A whole figure as a long, or null when it is more than can be counted. */
    static Long counted(BigInteger whole) {
        return whole.bitLength() < Long.SIZE ? whole.longValue() : null;
    }

    /** A decimal written plainly, for a reason: the fewest digits, no exponent. */
    static String plain(BigDecimal value) {
        return Fraction.normalised(value).toPlainString();
    }
}
