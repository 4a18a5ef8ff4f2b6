package io.github.kpiengine.kpi;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Stage;
import io.github.kpiengine.Money;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI definition: what to compute, with an id, a display name, a unit and a direction.
 *
 * <p>Definitions are built by the factories of {@link Kpis}, whose Javadoc states each formula and
 * its zero-denominator rule. They hold no data; an engine evaluates them over a log. Immutable and
 * thread-safe.
 */
public sealed interface Kpi {

    /**
     * Returns the identifier a scorecard and its results use.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the name shown to people.
     *
     * @return the display name
     */
    String displayName();

    /**
     * Returns the unit of the KPI's value.
     *
     * @return the unit
     */
    KpiUnit unit();

    /**
     * Returns which way the KPI improves.
     *
     * @return the direction
     */
    Direction direction();

    /**
     * Returns the target and bands the definition carries, by which results judge it; see
     * {@link Kpis#withTarget(Kpi, Target)}.
     *
     * @return the target, or empty when the definition carries none
     */
    default Optional<Target> carriedTarget() {
        return Optional.empty();
    }

    /**
     * Counts the activities of a type in the period, optionally only those with one outcome; see
     * {@link Kpis#activityCount(ActivityType, Outcome)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param type the activity type counted
     * @param outcome the outcome counted, or null for any outcome
     */
    record ActivityCount(String id, String displayName, ActivityType type, Outcome outcome) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param type the activity type counted
         * @param outcome the outcome counted, or null for any outcome
         */
        public ActivityCount {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(type, "type");
        }

        /**
         * Returns {@link KpiUnit#COUNT}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.COUNT;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * Sums the time spent on activities of a timed type in the period; see
     * {@link Kpis#totalHours(ActivityType)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param type the timed activity type
     */
    record TotalHours(String id, String displayName, ActivityType type) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param type the timed activity type
         * @throws IllegalArgumentException if the type is counted, not timed
         */
        public TotalHours {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(type, "type");
            if (!(type.isTimed())) {
                throw new IllegalArgumentException("type must be timed: " + type.id());
            }
        }

        /**
         * Returns {@link KpiUnit#HOURS}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.HOURS;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * The share of closed deals that were won; see {@link Kpis#winRate()}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     */
    record WinRate(String id, String displayName) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         */
        public WinRate {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
        }

        /**
         * Returns {@link KpiUnit#PERCENT}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * The won revenue per won deal; see {@link Kpis#averageRevenuePerSale()}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     */
    record AverageRevenuePerSale(String id, String displayName) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         */
        public AverageRevenuePerSale {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
        }

        /**
         * Returns {@link KpiUnit#MONEY}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.MONEY;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * The share of a cohort entering one stage that went on to another; see
     * {@link Kpis#stageConversion(Pipeline, String, String)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param pipeline the pipeline both stages belong to
     * @param from the open stage whose entries form the cohort
     * @param to the later stage, open or won, the cohort should reach
     * @param basis what is counted: a cohort, or the moves made in the period
     * @param reach whether reaching {@code to} later counts, or only straight after {@code from}
     */
    record StageConversion(String id, String displayName, Pipeline pipeline, Stage from, Stage to, Basis basis,
            Reach reach) implements Kpi {

        /**
         * What a stage conversion counts; {@link Kpis#stageConversion(Pipeline, String, String, Basis, Reach)}
         * gives an example of each.
         */
        public enum Basis {
            /** The opportunities that entered {@code from} in the period, and how many of them went on. */
            COHORT,
            /** The entries into {@code from} in the period against the moves on made in the period. */
            FLOW
        }

        /** When an opportunity counts as having reached {@code to}. */
        public enum Reach {
            /** At any later time, through skipped stages and backward moves. */
            EVENTUAL,
            /** Only as the very next entry of its history after {@code from}. */
            DIRECT
        }

        /**
         * Returns the default conversion: cohort, eventual.
         *
         * @param id the id
         * @param displayName the display name
         * @param pipeline the pipeline both stages belong to
         * @param from the open stage whose entries form the cohort
         * @param to the later stage, open or won, the cohort should reach
         */
        public StageConversion(String id, String displayName, Pipeline pipeline, Stage from, Stage to) {
            this(id, displayName, pipeline, from, to, Basis.COHORT, Reach.EVENTUAL);
        }

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param pipeline the pipeline both stages belong to
         * @param from the open stage whose entries form the cohort
         * @param to the later stage, open or won, the cohort should reach
         * @param basis what is counted
         * @param reach when {@code to} counts as reached
         * @throws IllegalArgumentException if a stage is not in the pipeline, {@code from} is not
         *         open, or {@code to} is lost or does not come after {@code from}
         */
        public StageConversion {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(pipeline, "pipeline");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(reach, "reach");
            int fromIndex = pipeline.indexOf(from);
            int toIndex = pipeline.indexOf(to);
            if (from.isTerminal()) {
                throw new IllegalArgumentException("from must be an open stage: " + from.name());
            }
            if (to.kind() == Stage.Kind.LOST) {
                throw new IllegalArgumentException("to must not be the lost stage: " + to.name());
            }
            if (!(toIndex > fromIndex)) {
                throw new IllegalArgumentException("to must come after " + from.name() + " in the pipeline: " + to.name());
            }
        }

        /**
         * Returns {@link KpiUnit#PERCENT}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * The accounts won for the first time in the period; see {@link Kpis#newAccountsWon()}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     */
    record NewAccountsWon(String id, String displayName) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         */
        public NewAccountsWon {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
        }

        /**
         * Returns {@link KpiUnit#COUNT}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.COUNT;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * The ratio of two KPIs, each aggregated by its parts first; see
     * {@link Kpis#ratio(Kpi, Kpi, KpiUnit, Direction)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param numerator the KPI divided
     * @param denominator the KPI divided by
     * @param unit the unit of the ratio
     * @param direction which way the ratio improves
     */
    record Ratio(String id, String displayName, Kpi numerator, Kpi denominator, KpiUnit unit,
            Direction direction) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param numerator the KPI divided
         * @param denominator the KPI divided by
         * @param unit the unit of the ratio
         * @param direction which way the ratio improves
         */
        public Ratio {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /**
     * The length of the sales cycles of the deals won in the period, as a mean or a median; see
     * {@link Kpis#salesCycleDays(Statistic, Pipeline, String)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param statistic the mean or the median
     * @param pipeline the pipeline of {@code start}, or null when cycles start at creation
     * @param start the stage whose first entry starts the cycle, or null for the creation date
     */
    record SalesCycleDays(String id, String displayName, Statistic statistic, Pipeline pipeline, Stage start)
            implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param statistic the mean or the median
         * @param pipeline the pipeline of {@code start}, or null when cycles start at creation
         * @param start the stage whose first entry starts the cycle, or null for the creation date
         * @throws IllegalArgumentException if only one of pipeline and start is given, or the start
         *         is not an open stage of the pipeline
         */
        public SalesCycleDays {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(statistic, "statistic");
            Checks.check((pipeline == null) == (start == null),
                    "pipeline and start must be given together: " + pipeline + ", " + start);
            if (start != null) {
                pipeline.indexOf(start);
                Checks.check(!start.isTerminal(), "start must be an open stage: " + start.name());
            }
        }

        /**
         * Returns {@link KpiUnit#DAYS}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.DAYS;
        }

        /**
         * Returns {@link Direction#LOWER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.LOWER_IS_BETTER;
        }
    }

    /**
     * The revenue the open pipeline brings in per day; see {@link Kpis#salesVelocity()}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     */
    record SalesVelocity(String id, String displayName) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         */
        public SalesVelocity {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
        }

        /**
         * Returns {@link KpiUnit#MONEY}, per day.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.MONEY;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * The open pipeline against the revenue still to win; see {@link Kpis#pipelineCoverage(Money)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param target the revenue target of each scope for the period, positive
     */
    record PipelineCoverage(String id, String displayName, Money target) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param target the revenue target of each scope for the period, positive
         */
        public PipelineCoverage {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(target, "target");
            Checks.check(target.amount().signum() > 0, "target must be positive: " + target);
        }

        /**
         * Returns {@link KpiUnit#NUMBER}: a multiple, 3 is three times the revenue still to win.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.NUMBER;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * Our revenue from accounts against what they spend in all; see {@link Kpis#shareOfWallet()}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     */
    record ShareOfWallet(String id, String displayName) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         */
        public ShareOfWallet {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
        }

        /**
         * Returns {@link KpiUnit#PERCENT}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * The working hours of a scope by a calendar; see {@link Kpis#workingHours(WorkCalendar)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param calendar the calendar whose working days and hours count
     */
    record WorkingHours(String id, String displayName, WorkCalendar calendar) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param calendar the calendar whose working days and hours count
         */
        public WorkingHours {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(calendar, "calendar");
        }

        /**
         * Returns {@link KpiUnit#HOURS}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.HOURS;
        }

        /**
         * Returns {@link Direction#HIGHER_IS_BETTER}.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * The sum of KPIs of one unit; see {@link Kpis#sum(String, String, Kpi...)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param terms the KPIs added, at least one, all of one unit
     * @param direction which way the sum improves
     */
    record Sum(String id, String displayName, List<Kpi> terms, Direction direction) implements Kpi {

        /**
         * Validates the components and copies the terms.
         *
         * @param id the id
         * @param displayName the display name
         * @param terms the KPIs added, at least one, all of one unit
         * @param direction which way the sum improves
         * @throws IllegalArgumentException if there is no term or the units differ
         */
        public Sum {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
            Objects.requireNonNull(direction, "direction");
            Checks.check(!terms.isEmpty(), "terms must not be empty: []");
            for (Kpi term : terms) {
                Checks.sameUnit(terms.get(0), term);
            }
        }

        /**
         * Returns the unit of the terms.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return terms.get(0).unit();
        }
    }

    /**
     * One KPI less another of the same unit; see {@link Kpis#difference(Kpi, Kpi)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param minuend the KPI subtracted from
     * @param subtrahend the KPI subtracted
     * @param direction which way the difference improves
     */
    record Difference(String id, String displayName, Kpi minuend, Kpi subtrahend, Direction direction)
            implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param minuend the KPI subtracted from
         * @param subtrahend the KPI subtracted
         * @param direction which way the difference improves
         * @throws IllegalArgumentException if the units differ
         */
        public Difference {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(minuend, "minuend");
            Objects.requireNonNull(subtrahend, "subtrahend");
            Objects.requireNonNull(direction, "direction");
            Checks.sameUnit(minuend, subtrahend);
        }

        /**
         * Returns the unit of the minuend.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return minuend.unit();
        }
    }

    /**
     * A KPI multiplied by a constant; see {@link Kpis#scaled(Kpi, BigDecimal)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param kpi the KPI scaled
     * @param factor the constant, not zero, without trailing zeros (2.50 is held as 2.5)
     * @param unit the unit of the result
     * @param direction which way the result improves
     */
    record Scaled(String id, String displayName, Kpi kpi, BigDecimal factor, KpiUnit unit, Direction direction)
            implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param kpi the KPI scaled
         * @param factor the constant, not zero
         * @param unit the unit of the result
         * @param direction which way the result improves
         * @throws IllegalArgumentException if the factor is zero
         */
        public Scaled {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(direction, "direction");
            Checks.check(factor.signum() != 0, "factor must not be zero: " + factor.toPlainString());
            factor = factor.stripTrailingZeros();
        }
    }

    /**
     * A KPI per week or per working day of each scope's period; see
     * {@link Kpis#perWeek(Kpi, WorkCalendar)} and {@link Kpis#perWorkingDay(Kpi, WorkCalendar)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param kpi the KPI spread over time
     * @param per the length of time
     * @param calendar the calendar whose selling weeks or working days count
     */
    record TimeRate(String id, String displayName, Kpi kpi, Per per, WorkCalendar calendar) implements Kpi {

        /** The length of time a {@link TimeRate} divides by. */
        public enum Per {
            /** A selling week: the calendar's working days ÷ its working days in a full week. */
            WEEK,
            /** A working day of the calendar. */
            WORKING_DAY
        }

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param kpi the KPI spread over time
         * @param per the length of time
         * @param calendar the calendar whose selling weeks or working days count
         */
        public TimeRate {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(per, "per");
            Objects.requireNonNull(calendar, "calendar");
        }

        /**
         * Returns the unit of the KPI, per week or working day.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return kpi.unit();
        }

        /**
         * Returns the direction of the KPI.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return kpi.direction();
        }
    }

    /**
     * A KPI over only the activities or opportunities that meet a condition; see
     * {@link Kpis#where(Kpi, Condition)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param kpi the KPI filtered
     * @param condition the condition its activities or opportunities must meet
     */
    record Where(String id, String displayName, Kpi kpi, Condition condition) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param kpi the KPI filtered
         * @param condition the condition its activities or opportunities must meet
         * @throws IllegalArgumentException if the KPI reads something the condition cannot apply to
         */
        public Where {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(condition, "condition");
            Kpis.checkCondition(kpi, condition);
        }

        /**
         * Returns the unit of the KPI.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return kpi.unit();
        }

        /**
         * Returns the direction of the KPI.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return kpi.direction();
        }
    }

    /**
     * A KPI against a fixed target, as achieved ÷ target; see
     * {@link Kpis#attainment(Kpi, BigDecimal)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param kpi the KPI measured
     * @param target the value each scope should reach, positive, in the KPI's unit
     */
    record Attainment(String id, String displayName, Kpi kpi, BigDecimal target) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param kpi the KPI measured
         * @param target the value each scope should reach, positive, in the KPI's unit
         */
        public Attainment {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(target, "target");
            Checks.check(target.signum() > 0, "target must be positive: " + target.toPlainString());
            target = target.stripTrailingZeros();
        }

        /**
         * Returns {@link KpiUnit#PERCENT}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        /**
         * Returns the direction of the KPI.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return kpi.direction();
        }
    }

    /**
     * A KPI less a fixed target; see {@link Kpis#gapToTarget(Kpi, BigDecimal)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param kpi the KPI measured
     * @param target the value each scope should reach, in the KPI's unit
     */
    record TargetGap(String id, String displayName, Kpi kpi, BigDecimal target) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param kpi the KPI measured
         * @param target the value each scope should reach, in the KPI's unit
         */
        public TargetGap {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(target, "target");
            target = target.stripTrailingZeros();
        }

        /**
         * Returns the unit of the KPI.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return kpi.unit();
        }

        /**
         * Returns the direction of the KPI.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return kpi.direction();
        }
    }

    /**
     * A KPI over the period before each scope's period; see {@link Kpis#previousPeriod(Kpi)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param kpi the KPI looked back on; it must not look back itself
     */
    record PreviousPeriod(String id, String displayName, Kpi kpi) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param kpi the KPI looked back on; it must not look back itself
         * @throws IllegalArgumentException if the KPI holds a previous period already or compares with
         *         peers
         */
        public PreviousPeriod {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(kpi, "kpi");
            Checks.check(!Kpis.looksBack(kpi), "kpi must not look back to a previous period itself: " + kpi.id());
            Checks.check(!Kpis.comparesWithPeers(kpi), "kpi must not compare with peers: " + kpi.id());
        }

        /**
         * Returns the unit of the KPI.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return kpi.unit();
        }

        /**
         * Returns the direction of the KPI.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return kpi.direction();
        }
    }

    /**
     * A KPI against its peers', as the gap to the average peer or as a percentile rank; see
     * {@link Kpis#peerGap(Kpi)} and {@link Kpis#peerRank(Kpi)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     * @param kpi the KPI compared; it must not compare with peers itself
     * @param measure the gap or the rank
     */
    record PeerComparison(String id, String displayName, Kpi kpi, Measure measure) implements Kpi {

        /** What a {@link PeerComparison} gives. */
        public enum Measure {
            /** (value − peer value) ÷ peer value, the peer value that of the average peer. */
            GAP,
            /** The share of peers the scope beats, ties counting half, as a fraction: 1 is best. */
            RANK
        }

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param kpi the KPI compared; it must not compare with peers itself
         * @param measure the gap or the rank
         * @throws IllegalArgumentException if the KPI compares with peers itself
         */
        public PeerComparison {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(measure, "measure");
            Checks.check(!Kpis.comparesWithPeers(kpi), "kpi must not compare with peers itself: " + kpi.id());
        }

        /**
         * Returns {@link KpiUnit#PERCENT}.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        /**
         * Returns the KPI's direction for the gap, {@link Direction#HIGHER_IS_BETTER} for the rank.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return measure == Measure.GAP ? kpi.direction() : Direction.HIGHER_IS_BETTER;
        }
    }

    /**
     * A KPI that carries its target and bands, so that results judge it without being told; see
     * {@link Kpis#withTarget(Kpi, Target)}. Evaluated, it is the KPI itself.
     *
     * <p>Immutable and thread-safe.
     *
     * @param kpi the KPI; not itself targeted
     * @param target the target, red threshold and minimum sample
     */
    record Targeted(Kpi kpi, Target target) implements Kpi {

        /**
         * Validates the components.
         *
         * @param kpi the KPI; not itself targeted
         * @param target the target, red threshold and minimum sample
         * @throws IllegalArgumentException if the KPI carries a target already
         */
        public Targeted {
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(target, "target");
            Checks.check(!(kpi instanceof Targeted), "kpi must not carry a target already: " + kpi.id());
        }

        /**
         * Returns the KPI's id.
         *
         * @return the id
         */
        @Override
        public String id() {
            return kpi.id();
        }

        /**
         * Returns the KPI's display name.
         *
         * @return the display name
         */
        @Override
        public String displayName() {
            return kpi.displayName();
        }

        /**
         * Returns the unit of the KPI.
         *
         * @return the unit
         */
        @Override
        public KpiUnit unit() {
            return kpi.unit();
        }

        /**
         * Returns the direction of the KPI.
         *
         * @return the direction
         */
        @Override
        public Direction direction() {
            return kpi.direction();
        }

        /**
         * Returns the target carried.
         *
         * @return the target
         */
        @Override
        public Optional<Target> carriedTarget() {
            return Optional.of(target);
        }
    }
}
