package io.github.kpiengine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The solver against an independent exact model written here with big-integer fractions: on random
 * funnels, targets up to EUR 10<sup>30</sup>, weeks down to 10<sup>-36</sup>, counted and decimal
 * ratios, open pipelines and sales cycles, every whole figure is the exact ceiling of its fraction,
 * every exact figure is the fraction rounded once, and solving never throws.
 */
class FunnelSolverExactnessPropertiesTest {

    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final MathContext SIXTEEN = MathContext.DECIMAL64;

    /** An exact fraction for this test alone: numerator over a positive denominator, not reduced. */
    record Q(BigInteger n, BigInteger d) {

        static Q of(long n) {
            return new Q(BigInteger.valueOf(n), BigInteger.ONE);
        }

        static Q of(BigInteger n) {
            return new Q(n, BigInteger.ONE);
        }

        static Q of(BigDecimal value) {
            return value.scale() >= 0 ? new Q(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                    : new Q(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
        }

        static Q of(Ratio ratio) {
            return new Q(BigInteger.valueOf(ratio.numerator()), BigInteger.valueOf(ratio.denominator()));
        }

        Q plus(Q o) {
            return new Q(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        }

        Q minus(Q o) {
            return plus(new Q(o.n.negate(), o.d));
        }

        Q times(Q o) {
            return new Q(n.multiply(o.n), d.multiply(o.d));
        }

        Q over(Q o) {
            return o.n.signum() < 0 ? new Q(n.multiply(o.d).negate(), d.multiply(o.n).negate())
                    : new Q(n.multiply(o.d), d.multiply(o.n));
        }

        int signum() {
            return n.signum();
        }

        BigInteger ceil() {
            BigInteger[] qr = n.divideAndRemainder(d);
            return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        }

        BigInteger floor() {
            BigInteger[] qr = n.divideAndRemainder(d);
            return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        }

        BigDecimal sixteenDigits() {
            return new BigDecimal(n).divide(new BigDecimal(d), SIXTEEN);
        }
    }

    /** A random model and the open pipeline it was built with. */
    record Case(FunnelModel model, long[] open) {
    }

    @Provide
    Arbitrary<Ratio> ratios() {
        Arbitrary<Ratio> decimal = Combinators.combine(Arbitraries.integers().between(0, 18),
                        Arbitraries.longs().between(1, Long.MAX_VALUE))
                .as((scale, raw) -> {
                    long denominator = BigInteger.TEN.pow(scale).longValueExact();
                    return Ratio.of(BigDecimal.valueOf(1 + Math.floorMod(raw, denominator), scale));
                });
        Arbitrary<Ratio> counted = Combinators.combine(Arbitraries.longs().between(1, 1_000_000_000L),
                        Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((denominator, raw) -> Ratio.of(1 + Math.floorMod(raw, denominator), denominator));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, decimal),
                net.jqwik.api.Tuple.of(4, counted),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Ratio.ofPercent(100), Ratio.of(1, 3), Ratio.parse("65%"))));
    }

    /** Euro amounts from one cent to 10^30 euros, spread over the orders of magnitude. */
    @Provide
    Arbitrary<Money> targets() {
        return Combinators.combine(Arbitraries.longs().between(1, 999_999_999L), Arbitraries.integers().between(0, 24))
                .as((mantissa, exponent) -> Money.of("EUR",
                        new BigDecimal(BigInteger.valueOf(mantissa).multiply(BigInteger.TEN.pow(exponent)), 2)
                                .min(new BigDecimal("1E+30"))));
    }

    @Provide
    Arbitrary<Money> deals() {
        return Combinators.combine(Arbitraries.longs().between(1, 999_999L), Arbitraries.integers().between(0, 9))
                .as((mantissa, exponent) -> Money.of("EUR",
                        BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent - 2).setScale(2)));
    }

    /** Weeks from 10^-36 to the model's most, spread over the orders of magnitude. */
    @Provide
    Arbitrary<BigDecimal> weeks() {
        return Combinators.combine(Arbitraries.longs().between(1, 999_999L), Arbitraries.integers().between(-3, 42))
                .as((mantissa, scale) -> BigDecimal.valueOf(mantissa, scale).min(FunnelModel.MAX_WEEKS));
    }

    @Provide
    Arbitrary<Case> models() {
        Arbitrary<List<Ratio>> funnels = ratios().list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<long[]> pipelines = Arbitraries.longs().between(0, 1_000_000L).array(long[].class).ofSize(5)
                .injectNull(0.5);
        return Combinators.combine(targets(), deals(), funnels, weeks(), Arbitraries.integers().between(0, 4),
                        pipelines)
                .as((target, deal, ratios, weeks, opportunity, open) -> {
                    FunnelModel.Builder builder = FunnelModel.builder(target, deal).weeks(weeks);
                    long[] counts = new long[ratios.size()];
                    for (int i = 0; i < ratios.size(); i++) {
                        builder.gateway("stage_" + i, ratios.get(i));
                        if (open != null && open[i] > 0) {
                            counts[i] = open[i];
                            builder.openPipeline("stage_" + i, open[i]);
                        }
                    }
                    return new Case(builder.opportunityStage("stage_" + Math.min(opportunity, ratios.size() - 1))
                            .build(), counts);
                });
    }

    /** Models over a quarter or a year of a five- or six-day calendar, with or without a sales cycle. */
    @Provide
    Arbitrary<Case> calendarModels() {
        Arbitrary<List<Ratio>> funnels = ratios().list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<SalesPeriod> periods = Combinators.combine(Arbitraries.integers().between(2026, 2030),
                        Arbitraries.integers().between(0, 4))
                .as((year, quarter) -> quarter == 0 ? SalesPeriod.ofYear(year) : SalesPeriod.ofQuarter(year, quarter));
        Arbitrary<WorkCalendar> calendars = Arbitraries.of(WorkCalendar.standard(), WorkCalendar.builder()
                .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)).build());
        Arbitrary<Long> cycles = Arbitraries.longs().between(0, 120).injectNull(0.3);
        return Combinators.combine(targets(), deals(), funnels, periods, calendars, cycles)
                .as((target, deal, ratios, period, calendar, cycle) -> {
                    FunnelModel.Builder builder = FunnelModel.builder(target, deal).period(period, calendar);
                    for (int i = 0; i < ratios.size(); i++) {
                        builder.gateway("stage_" + i, ratios.get(i));
                    }
                    if (cycle != null) {
                        builder.cycleDays(cycle);
                    }
                    return new Case(builder.build(), new long[ratios.size()]);
                });
    }

    @Property
    void solve_everyFigureIsTheExactCeilingOfItsFraction_andSolvingNeverThrows(@ForAll("models") Case c) {
        checkAgainstTheExactModel(c, weeksOf(c.model()));
    }

    @Property
    void solve_overACalendar_countsWithTheExactWeeksAndMonths(@ForAll("calendarModels") Case c) {
        FunnelModel model = c.model();
        WorkCalendar calendar = model.calendar().orElseThrow();
        SalesPeriod period = model.period().orElseThrow();
        long periodDays = calendar.workingDays(period);
        Q periodWeeks = new Q(BigInteger.valueOf(periodDays), BigInteger.valueOf(calendar.workingDays().size()));
        Q openingWeeks = periodWeeks;
        SalesPeriod window = period;
        if (model.cycleDays().isPresent()) {
            if (model.cycleDays().getAsLong() >= period.days()) {
                assertThat(FunnelSolver.solve(model)).isInstanceOf(Plan.Unreachable.class);
                return;
            }
            window = SalesPeriod.of(period.start(), period.end().minusDays(model.cycleDays().getAsLong()));
            long windowDays = calendar.workingDays(window);
            if (windowDays == 0) {
                assertThat(FunnelSolver.solve(model)).isInstanceOf(Plan.Unreachable.class);
                return;
            }
            openingWeeks = periodWeeks.times(new Q(BigInteger.valueOf(windowDays), BigInteger.valueOf(periodDays)));
        }
        Plan plan = checkAgainstTheExactModel(c, openingWeeks);
        if (!(plan instanceof Plan.Reachable reachable)) {
            return;
        }
        long windowDays = calendar.workingDays(window);
        List<MonthlyQuota> months = reachable.perMonth(WeeksPerMonth.CALENDAR);
        List<Long> expected = new ArrayList<>();
        for (YearMonth month = YearMonth.from(window.start()); !month.isAfter(YearMonth.from(window.end()));
                month = month.plusMonths(1)) {
            LocalDate start = month.atDay(1).isBefore(window.start()) ? window.start() : month.atDay(1);
            LocalDate end = month.atEndOfMonth().isAfter(window.end()) ? window.end() : month.atEndOfMonth();
            long days = calendar.workingDays(SalesPeriod.of(start, end));
            expected.add(new Q(BigInteger.valueOf(reachable.newOpportunities()).multiply(BigInteger.valueOf(days)),
                            BigInteger.valueOf(windowDays))
                    .ceil().longValueExact());
        }
        assertThat(months).extracting(MonthlyQuota::newOpportunities).containsExactlyElementsOf(expected);
        reachable.cycleLag().ifPresent(lag -> assertThat(lag.schedule()).last()
                .extracting(CycleLag.Deadline::cumulativeNewOpportunities).isEqualTo(reachable.newOpportunities()));
    }

    @Property
    void plan_meetsItsTargetAndOneFewerAtTheTopFallsShort(@ForAll("models") Case c) {
        FunnelModel model = c.model();
        if (!(FunnelSolver.solve(model) instanceof Plan.Reachable plan)) {
            return;
        }
        List<Q> ratios = model.gateways().stream().map(g -> Q.of(g.ratio())).toList();
        long top = plan.stages().get(0).required();
        assertThat(forward(ratios, top)).isGreaterThanOrEqualTo(BigInteger.valueOf(plan.wonDeals()));
        assertThat(forward(ratios, top - 1)).isLessThan(BigInteger.valueOf(plan.wonDeals()));
        for (int i = 0; i < ratios.size(); i++) {
            long required = plan.stages().get(i).required();
            List<Q> below = ratios.subList(i, ratios.size());
            assertThat(forward(below, required)).isGreaterThanOrEqualTo(BigInteger.valueOf(plan.wonDeals()));
            assertThat(forward(below, required - 1)).isLessThan(BigInteger.valueOf(plan.wonDeals()));
        }
        // The wins expected from the top stage and the pipeline in hand cover the target.
        Q expected = Q.of(top);
        for (Q ratio : ratios) {
            expected = expected.times(ratio);
        }
        expected = expected.plus(pipelineWins(ratios, c.open()));
        assertThat(expected.times(Q.of(model.averageDeal().amount())).minus(Q.of(model.target().amount())).signum())
                .isGreaterThanOrEqualTo(0);
    }

    /** Solves the model and checks every figure against the exact model; returns the plan. */
    private static Plan checkAgainstTheExactModel(Case c, Q openingWeeks) {
        FunnelModel model = c.model();
        Plan plan = FunnelSolver.solve(model);
        List<Q> ratios = model.gateways().stream().map(g -> Q.of(g.ratio())).toList();
        int n = ratios.size();
        Q remaining = Q.of(model.target().amount()).over(Q.of(model.averageDeal().amount()))
                .minus(pipelineWins(ratios, c.open()));
        if (!model.target().isPositive() || remaining.signum() <= 0) {
            assertThat(plan).isInstanceOf(Plan.AlreadyMet.class);
            return plan;
        }
        BigInteger[] required = new BigInteger[n];
        BigInteger out = remaining.ceil();
        BigInteger wonDeals = out;
        boolean countable = wonDeals.compareTo(MAX) <= 0;
        BigInteger total = BigInteger.ZERO;
        for (int i = n - 1; i >= 0 && countable; i--) {
            out = Q.of(out).over(ratios.get(i)).ceil();
            required[i] = out;
            total = total.add(out);
            countable = out.compareTo(MAX) <= 0 && total.compareTo(MAX) <= 0;
        }
        int opportunity = model.indexOf(model.opportunityStage());
        if (countable) {
            for (int i = 0; i < n; i++) {
                countable &= Q.of(required[i]).over(openingWeeks).ceil().compareTo(MAX) <= 0;
            }
            countable &= Q.of(required[opportunity]).times(new Q(BigInteger.valueOf(52), BigInteger.valueOf(12)))
                    .over(openingWeeks).ceil().compareTo(MAX) <= 0;
        }
        if (!countable) {
            assertThat(plan).isInstanceOf(Plan.Unreachable.class);
            assertThat(((Plan.Unreachable) plan).reason()).contains("than can be counted (9223372036854775807)");
            return plan;
        }
        assertThat(plan).isInstanceOf(Plan.Reachable.class);
        Plan.Reachable reachable = (Plan.Reachable) plan;
        assertThat(BigInteger.valueOf(reachable.wonDeals())).isEqualTo(wonDeals);
        assertThat(reachable.wonDealsExact()).isEqualByComparingTo(remaining.sixteenDigits());
        Q product = Q.of(1);
        for (int i = n - 1; i >= 0; i--) {
            product = product.times(ratios.get(i));
            StageRequirement stage = reachable.stages().get(i);
            assertThat(BigInteger.valueOf(stage.required())).isEqualTo(required[i]);
            assertThat(stage.exact()).isEqualByComparingTo(remaining.over(product).sixteenDigits());
            Q weekly = Q.of(required[i]).over(openingWeeks);
            assertThat(BigInteger.valueOf(stage.weekly())).isEqualTo(weekly.ceil());
            assertThat(stage.weeklyExact()).isEqualByComparingTo(weekly.sixteenDigits());
        }
        Q magic = Q.of(required[opportunity]).over(openingWeeks);
        assertThat(BigInteger.valueOf(reachable.magicNumber())).isEqualTo(magic.ceil());
        assertThat(reachable.magicNumberExact()).isEqualByComparingTo(magic.sixteenDigits());
        assertThat(reachable.openingWeeks()).isEqualByComparingTo(openingWeeks.sixteenDigits());
        Q newOpportunities = Q.of(required[opportunity]);
        assertThat(BigInteger.valueOf(reachable.perMonth(WeeksPerMonth.FOUR).get(0).newOpportunities()))
                .isEqualTo(newOpportunities.times(Q.of(4)).over(openingWeeks).ceil());
        assertThat(BigInteger.valueOf(reachable.perMonth(WeeksPerMonth.FIFTY_TWO_TWELFTHS).get(0).newOpportunities()))
                .isEqualTo(newOpportunities.times(new Q(BigInteger.valueOf(52), BigInteger.valueOf(12)))
                        .over(openingWeeks).ceil());
        return plan;
    }

    private static Q weeksOf(FunnelModel model) {
        return Q.of(model.weeks());
    }

    private static Q pipelineWins(List<Q> ratios, long[] open) {
        Q wins = Q.of(0);
        for (int s = 0; s < ratios.size(); s++) {
            Q expected = Q.of(open[s]);
            for (Q ratio : ratios.subList(s, ratios.size())) {
                expected = expected.times(ratio);
            }
            wins = wins.plus(expected);
        }
        return wins;
    }

    /** Passes only whole activities forward: rounds down at every stage. */
    private static BigInteger forward(List<Q> ratios, long count) {
        BigInteger flow = BigInteger.valueOf(count);
        for (Q ratio : ratios) {
            flow = Q.of(flow).times(ratio).floor();
        }
        return flow;
    }
}
