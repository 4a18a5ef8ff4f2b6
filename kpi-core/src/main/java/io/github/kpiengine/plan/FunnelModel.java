package io.github.kpiengine.plan;

import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.Money;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Stage;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What the solver works backwards from: a revenue target, the average revenue of a won deal, and the
 * chain of gateways from the first activity to a won deal.
 *
 * <pre>{@code
 * FunnelModel model = FunnelModel.builder(Money.parse("EUR 1200000"), Money.parse("EUR 30000"))
 *         .gateway("call", Ratio.parse("20%"))
 *         .gateway("first_appointment", Ratio.parse("65%"))
 *         .gateway("proposal", Ratio.parse("50%"))
 *         .opportunityStage("first_appointment")
 *         .weeks(BigDecimal.valueOf(48))
 *         .build();
 * }</pre>
 *
 * <p>The selling weeks are given, or taken from a {@link WorkCalendar} over a {@link SalesPeriod}
 * ({@link Builder#period(SalesPeriod, WorkCalendar)}); the period is needed for the sales-cycle lag.
 * Weeks taken from a calendar are its working days ÷ the working days of its week; the solver counts
 * with that fraction exactly, although {@link #weeks()} writes it to ten decimal places when it does
 * not terminate (a six-day week).
 * Optional parts: the sales-cycle length, the open pipeline by stage, the work hours per week with
 * the share of them spent selling (40 % unless set, the low end of what field studies find) and the
 * hours each stage's activity takes, and a confidence level. Immutable and thread-safe.
 *
 * @param target the revenue to reach in the period
 * @param averageDeal the average revenue of a won deal, positive, in the target's currency
 * @param gateways the gateways, top of the funnel first; the last one's next stage is a won deal
 * @param opportunityStage the stage that counts as a new opportunity for the magic number
 * @param weeks the selling weeks of the period, above 0 and at most {@link #MAX_WEEKS}, with at most
 *     {@link #MAX_DECIMAL_PLACES} decimal places
 * @param period the period, empty when only the weeks are known
 * @param calendar the calendar the weeks came from, empty when only the weeks are known
 * @param cycleDays the sales cycle in days, empty when not known
 * @param openPipeline the open opportunities sitting at each stage now, by stage name, in the
 *     funnel's order
 * @param hoursPerWeek the work hours of a week, empty when capacity is not planned
 * @param sellingShare the share of the work hours spent selling
 * @param hoursPerActivity the hours one activity of a stage takes (at most 168, the hours of a
 *     week), by stage name, in the funnel's order
 * @param confidence the wanted chance of reaching the target, empty for the expected-value plan
 */
public record FunnelModel(Money target, Money averageDeal, List<Gateway> gateways,
        String opportunityStage, BigDecimal weeks, Optional<SalesPeriod> period, Optional<WorkCalendar> calendar,
        OptionalLong cycleDays, Map<String, Long> openPipeline, Optional<BigDecimal> hoursPerWeek,
        Ratio sellingShare, Map<String, BigDecimal> hoursPerActivity, Optional<Ratio> confidence) {

    /** The selling share used unless another is set: 40 %, the low end of field studies. */
    public static final Ratio DEFAULT_SELLING_SHARE = Ratio.ofPercent(40);

    /** The most selling weeks a model may have: a billion, far beyond any plan. */
    public static final BigDecimal MAX_WEEKS = BigDecimal.valueOf(1_000_000_000);

    /** The most decimal places of the weeks and hours, which keeps their exact fractions small. */
    public static final int MAX_DECIMAL_PLACES = 100;

    private static final BigDecimal HOURS_OF_A_WEEK = BigDecimal.valueOf(168);

    /**
     * Validates the model and copies its collections.
     *
     * @param target the revenue to reach
     * @param averageDeal the average revenue of a won deal
     * @param gateways the gateways, top first
     * @param opportunityStage the new-opportunity stage
     * @param weeks the selling weeks
     * @param period the period, if known
     * @param calendar the calendar, if the weeks came from one
     * @param cycleDays the sales cycle in days, if known
     * @param openPipeline the open opportunities by stage
     * @param hoursPerWeek the work hours of a week, if capacity is planned
     * @param sellingShare the share of work hours spent selling
     * @param hoursPerActivity the hours per activity by stage
     * @param confidence the wanted chance, if any
     * @throws IllegalArgumentException if a value is out of range, a stage is unknown or repeats,
     *     or the currencies differ
     */
    public FunnelModel {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(averageDeal, "averageDeal");
        if (!target.currency().equals(averageDeal.currency())) {
            throw new CurrencyMismatchException("averageDeal must be in the currency of target ("
                    + target.currency().getCurrencyCode() + "): " + averageDeal,
                    target.currency(), averageDeal.currency());
        }
        check(averageDeal.isPositive(), "averageDeal must be positive: " + averageDeal);
        gateways = List.copyOf(Objects.requireNonNull(gateways, "gateways"));
        check(!gateways.isEmpty(), "gateways must not be empty");
        Set<String> stages = new HashSet<>();
        for (Gateway gateway : gateways) {
            check(stages.add(gateway.stage()), "gateways must name each stage once: " + gateway.stage());
        }
        Objects.requireNonNull(opportunityStage, "opportunityStage");
        check(stages.contains(opportunityStage),
                "opportunityStage must be one of the gateways' stages " + stageNames(gateways) + ": "
                        + opportunityStage);
        Objects.requireNonNull(weeks, "weeks");
        checkPlaces("weeks", weeks);
        check(weeks.signum() > 0, "weeks must be positive: " + shown(weeks));
        check(weeks.compareTo(MAX_WEEKS) <= 0, "weeks must be at most " + MAX_WEEKS + ": " + shown(weeks));
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(cycleDays, "cycleDays");
        Objects.requireNonNull(hoursPerWeek, "hoursPerWeek");
        Objects.requireNonNull(confidence, "confidence");
        check(calendar.isEmpty() || period.isPresent(), "calendar needs a period");
        if (cycleDays.isPresent()) {
            check(cycleDays.getAsLong() >= 0, "cycleDays must not be negative: " + cycleDays.getAsLong());
            check(period.isPresent(), "cycleDays needs a period to date the lag: set period(...)");
        }
        Objects.requireNonNull(openPipeline, "openPipeline");
        for (Map.Entry<String, Long> open : openPipeline.entrySet()) {
            check(stages.contains(open.getKey()), "openPipeline stage must be one of the gateways' stages "
                    + stageNames(gateways) + ": " + open.getKey());
            Objects.requireNonNull(open.getValue(), "openPipeline count");
            check(open.getValue() >= 0, "openPipeline count must not be negative: " + open.getKey()
                    + "=" + open.getValue());
        }
        openPipeline = inFunnelOrder(gateways, openPipeline);
        hoursPerWeek.ifPresent(hours -> {
            checkPlaces("hoursPerWeek", hours);
            check(hours.signum() > 0 && hours.compareTo(BigDecimal.valueOf(168)) <= 0,
                    "hoursPerWeek must be above 0 and at most 168: " + shown(hours));
        });
        Objects.requireNonNull(sellingShare, "sellingShare");
        check(sellingShare.isDefined() && !sellingShare.isZero(),
                "sellingShare must be above 0%: " + sellingShare);
        Objects.requireNonNull(hoursPerActivity, "hoursPerActivity");
        for (Map.Entry<String, BigDecimal> hours : hoursPerActivity.entrySet()) {
            check(stages.contains(hours.getKey()), "hoursPerActivity stage must be one of the gateways' stages "
                    + stageNames(gateways) + ": " + hours.getKey());
            Objects.requireNonNull(hours.getValue(), "hoursPerActivity hours");
            checkPlaces("hoursPerActivity", hours.getValue());
            check(hours.getValue().signum() >= 0, "hoursPerActivity must not be negative: "
                    + hours.getKey() + "=" + shown(hours.getValue()));
            check(hours.getValue().compareTo(HOURS_OF_A_WEEK) <= 0, "hoursPerActivity must be at most 168: "
                    + hours.getKey() + "=" + shown(hours.getValue()));
        }
        hoursPerActivity = inFunnelOrder(gateways, hoursPerActivity);
        confidence.ifPresent(level -> check(level.isDefined() && !level.isZero() && !level.isOne(),
                "confidence must be above 0% and below 100%: " + level));
    }

    /** Refuses a decimal with more than {@link #MAX_DECIMAL_PLACES} places. */
    static void checkPlaces(String name, BigDecimal value) {
        check(value.stripTrailingZeros().scale() <= MAX_DECIMAL_PLACES,
                name + " must have at most " + MAX_DECIMAL_PLACES + " decimal places: " + shown(value));
    }

    /** A decimal for a message: plain unless that would take more than a few hundred characters. */
    static String shown(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.abs((long) stripped.scale()) <= 2 * MAX_DECIMAL_PLACES && stripped.precision() <= 200
                ? value.toPlainString() : stripped.toString();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Copies a map by stage into the funnel's order, top first, so that iterating it is repeatable. */
    private static <V> Map<String, V> inFunnelOrder(List<Gateway> gateways, Map<String, V> byStage) {
        Map<String, V> ordered = new LinkedHashMap<>();
        for (Gateway gateway : gateways) {
            V value = byStage.get(gateway.stage());
            if (value != null) {
                ordered.put(gateway.stage(), value);
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    private static List<String> stageNames(List<Gateway> gateways) {
        return gateways.stream().map(Gateway::stage).toList();
    }

    /**
     * Starts a builder.
     *
     * @param target the revenue to reach in the period
     * @param averageDeal the average revenue of a won deal
     * @return a builder
     */
    public static Builder builder(Money target, Money averageDeal) {
        return new Builder(target, averageDeal);
    }

    /**
     * Returns the position of a stage among the gateways.
     *
     * @param stage the stage's name
     * @return its index, top of the funnel at zero
     * @throws IllegalArgumentException if no gateway has that stage
     */
    public int indexOf(String stage) {
        for (int i = 0; i < gateways.size(); i++) {
            if (gateways.get(i).stage().equals(stage)) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "stage must be one of the gateways' stages " + stageNames(gateways) + ": " + stage);
    }

    /**
     * Returns a copy with another target.
     *
     * @param newTarget the target
     * @return the new model
     */
    public FunnelModel withTarget(Money newTarget) {
        return new FunnelModel(newTarget, averageDeal, gateways, opportunityStage, weeks, period,
                calendar, cycleDays, openPipeline, hoursPerWeek, sellingShare, hoursPerActivity,
                confidence);
    }

    /**
     * Returns a copy with one gateway's ratio replaced.
     *
     * @param stage the gateway's stage
     * @param ratio the new ratio
     * @return the new model
     */
    public FunnelModel withRatio(String stage, Ratio ratio) {
        List<Gateway> changed = new ArrayList<>(gateways);
        Gateway old = gateways.get(indexOf(stage));
        changed.set(indexOf(stage), new Gateway(stage, old.displayName(), ratio));
        return new FunnelModel(target, averageDeal, changed, opportunityStage, weeks, period,
                calendar, cycleDays, openPipeline, hoursPerWeek, sellingShare, hoursPerActivity,
                confidence);
    }

    /**
     * Returns a copy with another confidence level.
     *
     * @param level the wanted chance of reaching the target, or null for none
     * @return the new model
     */
    public FunnelModel withConfidence(Ratio level) {
        return new FunnelModel(target, averageDeal, gateways, opportunityStage, weeks, period,
                calendar, cycleDays, openPipeline, hoursPerWeek, sellingShare, hoursPerActivity,
                Optional.of(Objects.requireNonNull(level, "level")));
    }

    /** Builds a {@link FunnelModel} step by step. Not thread-safe; {@link #build()} validates. */
    public static final class Builder {

        private final Money target;
        private final Money averageDeal;
        private final List<Gateway> gateways = new ArrayList<>();
        private String opportunityStage;
        private BigDecimal weeks;
        private SalesPeriod period;
        private WorkCalendar calendar;
        private Long cycleDays;
        private final Map<String, Long> openPipeline = new LinkedHashMap<>();
        private BigDecimal hoursPerWeek;
        private Ratio sellingShare = DEFAULT_SELLING_SHARE;
        private final Map<String, BigDecimal> hoursPerActivity = new LinkedHashMap<>();
        private Ratio confidence;

        private Builder(Money target, Money averageDeal) {
            this.target = target;
            this.averageDeal = averageDeal;
        }

        /**
         * Adds the next gateway down the funnel.
         *
         * @param stage the stage's name
         * @param ratio the share of it that reaches the next stage
         * @return this builder
         */
        public Builder gateway(String stage, Ratio ratio) {
            gateways.add(Gateway.of(stage, ratio));
            return this;
        }

        /**
         * Adds the next gateway down the funnel at a pipeline's stage, shown by the stage's display
         * name in plans and focus lists.
         *
         * @param stage the stage
         * @param ratio the share of it that reaches the next stage
         * @return this builder
         */
        public Builder gateway(Stage stage, Ratio ratio) {
            Objects.requireNonNull(stage, "stage");
            gateways.add(new Gateway(stage.name(), stage.displayName(), ratio));
            return this;
        }

        /**
         * Sets the new-opportunity stage; the first gateway's stage unless set.
         *
         * @param stage the stage's name
         * @return this builder
         */
        public Builder opportunityStage(String stage) {
            this.opportunityStage = stage;
            return this;
        }

        /**
         * Sets the selling weeks of the period directly.
         *
         * @param sellingWeeks above 0 and at most {@link FunnelModel#MAX_WEEKS}
         * @return this builder
         */
        public Builder weeks(BigDecimal sellingWeeks) {
            this.weeks = sellingWeeks;
            return this;
        }

        /**
         * Sets the period and takes its selling weeks from the calendar, unless
         * {@link #weeks(BigDecimal)} sets them.
         *
         * @param planPeriod the period of the target
         * @param workCalendar the calendar of working days
         * @return this builder
         */
        public Builder period(SalesPeriod planPeriod, WorkCalendar workCalendar) {
            this.period = Objects.requireNonNull(planPeriod, "period");
            this.calendar = Objects.requireNonNull(workCalendar, "calendar");
            return this;
        }

        /**
         * Sets the sales-cycle length; needs a period.
         *
         * @param days the days from a new opportunity to its close
         * @return this builder
         */
        public Builder cycleDays(long days) {
            this.cycleDays = days;
            return this;
        }

        /**
         * Sets how many open opportunities sit at a stage now.
         *
         * @param stage the stage's name
         * @param count the open opportunities there
         * @return this builder
         */
        public Builder openPipeline(String stage, long count) {
            openPipeline.put(Objects.requireNonNull(stage, "stage"), count);
            return this;
        }

        /**
         * Sets the work hours of a week, which turns on the capacity check.
         *
         * @param hours the hours, above 0 and at most 168
         * @return this builder
         */
        public Builder hoursPerWeek(BigDecimal hours) {
            this.hoursPerWeek = hours;
            return this;
        }

        /**
         * Sets the share of the work hours spent selling; 40 % unless set.
         *
         * @param share above zero
         * @return this builder
         */
        public Builder sellingShare(Ratio share) {
            this.sellingShare = share;
            return this;
        }

        /**
         * Sets the hours one activity of a stage takes.
         *
         * @param stage the stage's name
         * @param hours the hours, not negative
         * @return this builder
         */
        public Builder hours(String stage, BigDecimal hours) {
            hoursPerActivity.put(Objects.requireNonNull(stage, "stage"),
                    Objects.requireNonNull(hours, "hours"));
            return this;
        }

        /**
         * Sets the wanted chance of reaching the target, which adds a confidence plan.
         *
         * @param level above 0 % and below 100 %, such as 90 %
         * @return this builder
         */
        public Builder confidence(Ratio level) {
            this.confidence = level;
            return this;
        }

        /**
         * Builds the model.
         *
         * @return the model
         * @throws IllegalArgumentException if it breaks a rule of {@link FunnelModel}, or neither
         *     weeks nor a period are set
         */
        public FunnelModel build() {
            BigDecimal sellingWeeks = weeks;
            if (sellingWeeks == null) {
                check(period != null, "weeks must be set, directly or through period(...)");
                sellingWeeks = calendar.sellingWeeks(period);
                check(sellingWeeks.signum() > 0, "period must have at least one working day in the calendar: "
                        + period);
            }
            String oppStage = opportunityStage;
            if (oppStage == null && !gateways.isEmpty()) {
                oppStage = gateways.get(0).stage();
            }
            return new FunnelModel(target, averageDeal, gateways, oppStage == null ? "" : oppStage,
                    sellingWeeks, Optional.ofNullable(period), Optional.ofNullable(calendar),
                    cycleDays == null ? OptionalLong.empty() : OptionalLong.of(cycleDays), openPipeline,
                    Optional.ofNullable(hoursPerWeek), sellingShare, hoursPerActivity, Optional.ofNullable(confidence));
        }
    }
}
