package io.github.kpiengine;

import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.KpiExpression;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Statistic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Shared jqwik generators for the model's values. */
public final class KpiArbitraries {

    private KpiArbitraries() {
    }

    /**
     * Currencies of scale 0, 2 and 3.
     *
     * @return the currencies
     */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "GBP", "KWD").map(Currency::getInstance);
    }

    /**
     * Amounts of money, negative to positive, in the given currency.
     *
     * @param currency the currency
     * @return the monies
     */
    public static Arbitrary<Money> monies(Currency currency) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        return Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .map(unscaled -> new Money(BigDecimal.valueOf(unscaled, scale), currency));
    }

    /**
     * Amounts of money in any of {@link #currencies()}.
     *
     * @return the monies
     */
    public static Arbitrary<Money> monies() {
        return currencies().flatMap(KpiArbitraries::monies);
    }

    /**
     * Counted ratios, {@code 0/1} up to {@code 1_000_000/1_000_000}.
     *
     * @return the counted ratios
     */
    public static Arbitrary<Ratio> countedRatios() {
        return Arbitraries.longs().between(1, 1_000_000)
                .flatMap(denominator -> Arbitraries.longs().between(0, denominator)
                        .map(numerator -> Ratio.of(numerator, denominator)));
    }

    /**
     * Decimal ratios with up to 18 decimal places.
     *
     * @return the decimal ratios
     */
    public static Arbitrary<Ratio> decimalRatios() {
        return decimalRatios(18);
    }

    /**
     * Decimal ratios with up to the given number of decimal places.
     *
     * @param maxScale the most decimal places, from 0 to 18
     * @return the decimal ratios
     */
    public static Arbitrary<Ratio> decimalRatios(int maxScale) {
        return Arbitraries.integers().between(0, maxScale).flatMap(scale -> {
            long denominator = BigDecimal.ONE.movePointRight(scale).longValueExact();
            return Arbitraries.longs().between(0, denominator)
                    .map(unscaled -> Ratio.of(BigDecimal.valueOf(unscaled, scale)));
        });
    }

    /**
     * Undefined ratios with varied reasons.
     *
     * @return the undefined ratios
     */
    public static Arbitrary<Ratio> undefinedRatios() {
        Arbitrary<String> reasons = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '/', '%', ':')
                .ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
        return Arbitraries.oneOf(reasons, Arbitraries.just("denominator is zero")).map(Ratio::undefined);
    }

    /**
     * Counted, decimal and undefined ratios.
     *
     * @return the ratios
     */
    public static Arbitrary<Ratio> ratios() {
        return Arbitraries.oneOf(countedRatios(), decimalRatios(), undefinedRatios());
    }

    /**
     * Defined ratios above zero, counted or decimal with at most six places, so that
     * {@link Ratio#requiredFor(long)} of any {@link #outCounts()} fits in a {@code long}.
     *
     * @return the positive ratios
     */
    public static Arbitrary<Ratio> positiveRatios() {
        return Arbitraries.oneOf(countedRatios(), decimalRatios(6)).filter(r -> !r.isZero());
    }

    /**
     * Two defined ratios above zero, the first no better than the second.
     *
     * @return pairs ordered by value
     */
    public static Arbitrary<Ratio[]> orderedPositiveRatioPairs() {
        return Combinators.combine(positiveRatios(), positiveRatios())
                .as((a, b) -> a.compareValueTo(b) <= 0 ? new Ratio[] {a, b} : new Ratio[] {b, a});
    }

    /**
     * Counts wanted on the far side of a gateway.
     *
     * @return counts from 0 to 1,000,000
     */
    public static Arbitrary<Long> outCounts() {
        return Arbitraries.longs().between(0, 1_000_000);
    }

    /** The pipeline every generated expression's stages belong to. */
    public static final Pipeline PIPELINE = Pipeline.of("lead", "first_appointment", "proposal");

    /** The calendar every generated expression's rates and working hours use. */
    public static final WorkCalendar CALENDAR = WorkCalendar.standard();

    /**
     * Expressions of every kind of the {@link KpiExpression} family, nested up to three levels, over
     * {@link #PIPELINE} and {@link #CALENDAR}, as the factories and formulas build them: a sum,
     * difference or scaled expression in the unit and direction of its first operand, conditions
     * naming identifiers.
     *
     * @return the expressions
     */
    public static Arbitrary<KpiExpression> expressions() {
        return Arbitraries.recursive(KpiArbitraries::measures, parts -> composites(parts, false), 0, 3);
    }

    /**
     * Expressions of every kind as {@link #expressions()}, and also sums, differences and scaled
     * expressions with a unit or direction of their own, and conditions on any text.
     *
     * @return the expressions
     */
    public static Arbitrary<KpiExpression> anyExpressions() {
        return Arbitraries.recursive(KpiArbitraries::measures, parts -> composites(parts, true), 0, 3);
    }

    /**
     * The measures of the log: every kind of the family without children.
     *
     * @return the measures
     */
    public static Arbitrary<KpiExpression> measures() {
        List<Stage> open = PIPELINE.openStages();
        Arbitrary<KpiExpression> conversions = Arbitraries.integers().between(0, open.size() - 1)
                .flatMap(from -> Arbitraries.integers().between(from + 1, open.size())
                        .flatMap(to -> Combinators.combine(Arbitraries.of(KpiExpression.StageConversion.Basis.values()),
                                Arbitraries.of(KpiExpression.StageConversion.Reach.values()))
                                .as((basis, reach) -> (KpiExpression) new KpiExpression.StageConversion(PIPELINE,
                                        open.get(from), PIPELINE.stages().get(to), basis, reach))));
        Arbitrary<KpiExpression> cycles = Combinators.combine(Arbitraries.of(Statistic.values()),
                Arbitraries.of(open).optional())
                .as((statistic, start) -> new KpiExpression.SalesCycleDays(statistic,
                        start.map(stage -> PIPELINE), start));
        Arbitrary<KpiExpression> counts = Combinators.combine(Arbitraries.of(ActivityType.standard()),
                Arbitraries.of(Outcome.values()).optional())
                .as((type, outcome) -> new KpiExpression.ActivityCount(type, outcome));
        return Arbitraries.oneOf(counts,
                Arbitraries.of(ActivityType.ON_SITE_SESSION, ActivityType.SOCIAL_SELLING).map(KpiExpression.TotalHours::new),
                Arbitraries.of(new KpiExpression.WinRate(), new KpiExpression.AverageRevenuePerSale(),
                        new KpiExpression.WonRevenue(), new KpiExpression.DealsWon(), new KpiExpression.DealsLost(),
                        new KpiExpression.OpportunitiesOpened(), new KpiExpression.OpenPipelineValue(),
                        new KpiExpression.NewAccountsWon(), new KpiExpression.SalesVelocity(),
                        new KpiExpression.ShareOfWallet(), new KpiExpression.WorkingHours(CALENDAR)),
                conversions, cycles,
                Arbitraries.longs().between(1, 10_000_000_00L)
                        .map(cents -> new KpiExpression.PipelineCoverage(Money.of("EUR", BigDecimal.valueOf(cents, 2)))));
    }

    private static Arbitrary<KpiExpression> composites(Arbitrary<KpiExpression> parts, boolean free) {
        Arbitrary<BigDecimal> factors = Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
                .ofScale(3).filter(f -> f.signum() != 0);
        Arbitrary<KpiUnit> units = Arbitraries.of(KpiUnit.values());
        Arbitrary<Direction> directions = Arbitraries.of(Direction.values());
        Arbitrary<Condition> conditions = conditions(free);
        return Arbitraries.oneOf(
                Combinators.combine(parts, parts, units, directions).as(KpiExpression.Quotient::new),
                parts.list().ofMinSize(1).ofMaxSize(3).flatMap(terms -> directions.map(direction ->
                        sum(terms, free ? direction : terms.get(0).direction()))),
                Combinators.combine(parts, parts, directions).as((a, b, direction) ->
                        a.unit() == b.unit() ? new KpiExpression.Difference(a, b, free ? direction : a.direction()) : a),
                Combinators.combine(parts, factors, units, directions).as((a, factor, unit, direction) ->
                        free ? new KpiExpression.Scaled(a, factor, unit, direction)
                                : new KpiExpression.Scaled(a, factor, a.unit(), a.direction())),
                Combinators.combine(parts, Arbitraries.of(KpiExpression.TimeRate.Per.values()))
                        .as((a, per) -> new KpiExpression.TimeRate(a, per, CALENDAR)),
                Combinators.combine(parts, conditions).as(KpiArbitraries::where),
                Combinators.combine(parts, Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("100000"))
                        .ofScale(3)).as(KpiExpression.Attainment::new),
                Combinators.combine(parts, Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000"))
                        .ofScale(3)).as(KpiExpression.TargetGap::new),
                parts.map(a -> lookingBack(a) ? a : new KpiExpression.PreviousPeriod(a)),
                parts.map(a -> comparing(a) ? a : new KpiExpression.PeerGap(a)),
                parts.map(a -> comparing(a) ? a : new KpiExpression.PeerRank(a)));
    }

    private static KpiExpression sum(List<KpiExpression> terms, Direction direction) {
        List<KpiExpression> same = new ArrayList<>();
        for (KpiExpression term : terms) {
            if (term.unit() == terms.get(0).unit()) {
                same.add(term);
            }
        }
        return new KpiExpression.Sum(same, direction);
    }

    private static Arbitrary<Condition> conditions(boolean free) {
        Arbitrary<String> words = free
                ? Arbitraries.strings().ofMinLength(1).ofMaxLength(8).withChars('a', 'b', '_', ',', '"', '\\', ' ', '(')
                        .filter(text -> !text.isBlank())
                : Arbitraries.strings().withCharRange('a', 'c').ofMinLength(1).ofMaxLength(3).map(text -> "k" + text);
        return Arbitraries.oneOf(
                Arbitraries.of(Outcome.values()).set().ofMinSize(1).ofMaxSize(3)
                        .map(set -> Condition.outcomeIn(set.toArray(Outcome[]::new))),
                Combinators.combine(words, words).as(Condition::attribute),
                Arbitraries.of(Source.COLD_OUTREACH, Source.INBOUND, Source.CLIENT_REFERRAL, Source.PARTNER_REFERRAL)
                        .set().ofMinSize(1).ofMaxSize(2).map(set -> Condition.sourceIn(set.toArray(Source[]::new))),
                Arbitraries.just(Condition.referral()));
    }

    /** Filters an expression, or leaves it as it is when a measure below it cannot take the condition. */
    private static KpiExpression where(KpiExpression operand, Condition condition) {
        try {
            return new KpiExpression.Where(operand, condition);
        } catch (IllegalArgumentException e) {
            return operand;
        }
    }

    private static boolean lookingBack(KpiExpression expression) {
        return expression instanceof KpiExpression.PreviousPeriod
                || expression.children().stream().anyMatch(KpiArbitraries::lookingBack) || comparing(expression);
    }

    private static boolean comparing(KpiExpression expression) {
        return expression instanceof KpiExpression.PeerGap || expression instanceof KpiExpression.PeerRank
                || expression.children().stream().anyMatch(KpiArbitraries::comparing);
    }
}
