package io.github.kpiengine.kpi;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Stage;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a KPI computes: one member of a closed family of measures (counts, sums, rates of the log)
 * and compositions of them (ratios, sums, filters, comparisons with a target, the previous period or
 * peers). An expression has no name; a {@link Kpi} gives it one.
 *
 * <p>Each member knows its unit, its direction and its children. Code that must handle every member
 * (the engine compiling a scorecard, the formula formatter, the naming of definitions) implements
 * {@link Visitor}, which has one method per member: a new member does not compile until every such
 * consumer handles it. Build expressions through the factories of {@link Kpis}, whose Javadoc
 * states each formula and its zero-denominator rule. Immutable and thread-safe.
 */
public sealed interface KpiExpression {

    /**
     * Returns the unit of the value.
     *
     * @return the unit
     */
    KpiUnit unit();

    /**
     * Returns which way the value improves.
     *
     * @return the direction
     */
    Direction direction();

    /**
     * Returns the expressions this one is built from, in order; none for a measure of the log.
     *
     * @return the children
     */
    default List<KpiExpression> children() {
        return List.of();
    }

    /**
     * Returns what a measure reads, which decides the conditions that may filter it.
     *
     * @return what the measure reads; {@link Reads#NOTHING} for a composition
     */
    default Reads reads() {
        return Reads.NOTHING;
    }

    /**
     * Calls the visitor's method for this member.
     *
     * @param <R> the visitor's result
     * @param visitor the visitor
     * @return the visitor's result
     */
    <R> R accept(Visitor<R> visitor);

    /** What a measure reads from the log. */
    enum Reads {
        /** Activities: outcome and attribute conditions apply. */
        ACTIVITIES,
        /** Opportunities: source conditions apply. */
        OPPORTUNITIES,
        /** Nothing a condition can filter: a composition, or the calendar's working hours. */
        NOTHING
    }

    /**
     * One method per member of the family. Implementing it is how a package handles every kind of
     * KPI: adding a member adds a method here, and every implementation fails to compile until it
     * handles the new kind.
     *
     * @param <R> what each method returns
     */
    interface Visitor<R> {
        /**
         * Handles an activity count.
         *
         * @param e the expression
         * @return the result
         */
        R activityCount(ActivityCount e);
        /**
         * Handles a total hours.
         *
         * @param e the expression
         * @return the result
         */
        R totalHours(TotalHours e);
        /**
         * Handles a win rate.
         *
         * @param e the expression
         * @return the result
         */
        R winRate(WinRate e);
        /**
         * Handles an average revenue per sale.
         *
         * @param e the expression
         * @return the result
         */
        R averageRevenuePerSale(AverageRevenuePerSale e);
        /**
         * Handles a won revenue.
         *
         * @param e the expression
         * @return the result
         */
        R wonRevenue(WonRevenue e);
        /**
         * Handles a deals won.
         *
         * @param e the expression
         * @return the result
         */
        R dealsWon(DealsWon e);
        /**
         * Handles a deals lost.
         *
         * @param e the expression
         * @return the result
         */
        R dealsLost(DealsLost e);
        /**
         * Handles an opportunities opened.
         *
         * @param e the expression
         * @return the result
         */
        R opportunitiesOpened(OpportunitiesOpened e);
        /**
         * Handles an open pipeline value.
         *
         * @param e the expression
         * @return the result
         */
        R openPipelineValue(OpenPipelineValue e);
        /**
         * Handles a stage conversion.
         *
         * @param e the expression
         * @return the result
         */
        R stageConversion(StageConversion e);
        /**
         * Handles a sales cycle days.
         *
         * @param e the expression
         * @return the result
         */
        R salesCycleDays(SalesCycleDays e);
        /**
         * Handles a new accounts won.
         *
         * @param e the expression
         * @return the result
         */
        R newAccountsWon(NewAccountsWon e);
        /**
         * Handles a sales velocity.
         *
         * @param e the expression
         * @return the result
         */
        R salesVelocity(SalesVelocity e);
        /**
         * Handles a pipeline coverage.
         *
         * @param e the expression
         * @return the result
         */
        R pipelineCoverage(PipelineCoverage e);
        /**
         * Handles a share of wallet.
         *
         * @param e the expression
         * @return the result
         */
        R shareOfWallet(ShareOfWallet e);
        /**
         * Handles a working hours.
         *
         * @param e the expression
         * @return the result
         */
        R workingHours(WorkingHours e);
        /**
         * Handles a quotient.
         *
         * @param e the expression
         * @return the result
         */
        R quotient(Quotient e);
        /**
         * Handles a sum.
         *
         * @param e the expression
         * @return the result
         */
        R sum(Sum e);
        /**
         * Handles a difference.
         *
         * @param e the expression
         * @return the result
         */
        R difference(Difference e);
        /**
         * Handles a scaled.
         *
         * @param e the expression
         * @return the result
         */
        R scaled(Scaled e);
        /**
         * Handles a time rate.
         *
         * @param e the expression
         * @return the result
         */
        R timeRate(TimeRate e);
        /**
         * Handles a where.
         *
         * @param e the expression
         * @return the result
         */
        R where(Where e);
        /**
         * Handles an attainment.
         *
         * @param e the expression
         * @return the result
         */
        R attainment(Attainment e);
        /**
         * Handles a target gap.
         *
         * @param e the expression
         * @return the result
         */
        R targetGap(TargetGap e);
        /**
         * Handles a previous period.
         *
         * @param e the expression
         * @return the result
         */
        R previousPeriod(PreviousPeriod e);
        /**
         * Handles a peer gap.
         *
         * @param e the expression
         * @return the result
         */
        R peerGap(PeerGap e);
        /**
         * Handles a peer rank.
         *
         * @param e the expression
         * @return the result
         */
        R peerRank(PeerRank e);
    }

    /**
     * The activities of a type, optionally only those with one outcome; see
     * {@link Kpis#activityCount(ActivityType)}. Immutable and thread-safe.
     *
     * @param type the activity type counted
     * @param outcome the outcome counted, or empty for any outcome
     */
    record ActivityCount(ActivityType type, Optional<Outcome> outcome) implements KpiExpression {
        /**
         * Validates the components.
         *
         * @param type the activity type counted
         * @param outcome the outcome counted, or empty for any outcome
         */
        public ActivityCount {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public KpiUnit unit() {
            return KpiUnit.COUNT;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.ACTIVITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.activityCount(this);
        }
    }

    /**
     * The hours spent on activities of a timed type; see {@link Kpis#totalHours(ActivityType)}.
     * Immutable and thread-safe.
     *
     * @param type the timed activity type
     */
    record TotalHours(ActivityType type) implements KpiExpression {
        /**
         * Validates the type.
         *
         * @param type the timed activity type
         * @throws IllegalArgumentException if the type is counted, not timed
         */
        public TotalHours {
            Objects.requireNonNull(type, "type");
            Checks.check(type.isTimed(), "type must be timed: " + type.id());
        }

        @Override
        public KpiUnit unit() {
            return KpiUnit.HOURS;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.ACTIVITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.totalHours(this);
        }
    }

    /**
     * The share of closed deals that were won; see {@link Kpis#winRate()}. Immutable and
     * thread-safe.
     */
    record WinRate() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.winRate(this);
        }
    }

    /**
     * The won revenue per won deal; see {@link Kpis#averageRevenuePerSale()}. Immutable and
     * thread-safe.
     */
    record AverageRevenuePerSale() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.MONEY;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.averageRevenuePerSale(this);
        }
    }

    /**
     * The revenue of the deals won; see {@link Kpis#wonRevenue()}. Immutable and thread-safe.
     */
    record WonRevenue() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.MONEY;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.wonRevenue(this);
        }
    }

    /** The deals won; see {@link Kpis#dealsWon()}. Immutable and thread-safe. */
    record DealsWon() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.COUNT;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dealsWon(this);
        }
    }

    /** The deals lost; see {@link Kpis#dealsLost()}. Immutable and thread-safe. */
    record DealsLost() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.COUNT;
        }

        @Override
        public Direction direction() {
            return Direction.LOWER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dealsLost(this);
        }
    }

    /**
     * The opportunities created; see {@link Kpis#opportunitiesOpened()}. Immutable and
     * thread-safe.
     */
    record OpportunitiesOpened() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.COUNT;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.opportunitiesOpened(this);
        }
    }

    /**
     * The value of the opportunities open at the end of the period; see
     * {@link Kpis#openPipelineValue()}. Immutable and thread-safe.
     */
    record OpenPipelineValue() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.MONEY;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.openPipelineValue(this);
        }
    }

    /**
     * The share of the opportunities entering one stage that went on to another; see
     * {@link Kpis#stageConversion(Pipeline, String, String, Basis, Reach)}. Immutable and
     * thread-safe.
     *
     * @param pipeline the pipeline both stages belong to
     * @param from the open stage whose entries are counted
     * @param to the later stage, open or won, to reach
     * @param basis what is counted: a cohort, or the moves made in the period
     * @param reach whether reaching {@code to} later counts, or only straight after {@code from}
     */
    record StageConversion(Pipeline pipeline, Stage from, Stage to, Basis basis, Reach reach)
            implements KpiExpression {

        /** What a stage conversion counts. */
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
         * Validates the components.
         *
         * @param pipeline the pipeline both stages belong to
         * @param from the open stage whose entries are counted
         * @param to the later stage, open or won, to reach
         * @param basis what is counted
         * @param reach when {@code to} counts as reached
         * @throws IllegalArgumentException if a stage is not in the pipeline, {@code from} is not
         *         open, or {@code to} is lost or does not come after {@code from}
         */
        public StageConversion {
            Objects.requireNonNull(pipeline, "pipeline");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(reach, "reach");
            from = pipeline.stage(from.name());
            to = pipeline.stage(to.name());
            Checks.check(!from.isTerminal(), "from must be an open stage: " + from.name());
            Checks.check(to.kind() != Stage.Kind.LOST, "to must not be the lost stage: " + to.name());
            Checks.check(pipeline.indexOf(to) > pipeline.indexOf(from),
                    "to must come after " + from.name() + " in the pipeline: " + to.name());
        }

        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stageConversion(this);
        }
    }

    /**
     * The sales cycles of the deals won, as a mean or a median, from creation or from a stage; see
     * {@link Kpis#salesCycleDays(Statistic, Pipeline, String)}. Immutable and thread-safe.
     *
     * @param statistic the mean or the median
     * @param pipeline the pipeline of {@code start}, empty when cycles start at creation
     * @param start the stage whose first entry starts the cycle, empty for the creation date
     */
    record SalesCycleDays(Statistic statistic, Optional<Pipeline> pipeline, Optional<Stage> start)
            implements KpiExpression {
        /**
         * Validates the components.
         *
         * @param statistic the mean or the median
         * @param pipeline the pipeline of {@code start}, empty when cycles start at creation
         * @param start the stage whose first entry starts the cycle, empty for the creation date
         * @throws IllegalArgumentException if only one of pipeline and start is given, or the start
         *         is not an open stage of the pipeline
         */
        public SalesCycleDays {
            Objects.requireNonNull(statistic, "statistic");
            Objects.requireNonNull(pipeline, "pipeline");
            Objects.requireNonNull(start, "start");
            Checks.check(pipeline.isPresent() == start.isPresent(),
                    "pipeline and start must be given together: " + pipeline + ", " + start);
            if (start.isPresent()) {
                start = Optional.of(pipeline.get().stage(start.get().name()));
                Checks.check(!start.get().isTerminal(), "start must be an open stage: " + start.get().name());
            }
        }

        @Override
        public KpiUnit unit() {
            return KpiUnit.DAYS;
        }

        @Override
        public Direction direction() {
            return Direction.LOWER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.salesCycleDays(this);
        }
    }

    /**
     * The accounts won for the first time; see {@link Kpis#newAccountsWon()}. Immutable and
     * thread-safe.
     */
    record NewAccountsWon() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.COUNT;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.newAccountsWon(this);
        }
    }

    /**
     * The revenue the open pipeline should bring in per day; see {@link Kpis#salesVelocity()}.
     * Immutable and thread-safe.
     */
    record SalesVelocity() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.MONEY;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.salesVelocity(this);
        }
    }

    /**
     * The open pipeline against the revenue still to win; see {@link Kpis#pipelineCoverage(Money)}.
     * Immutable and thread-safe.
     *
     * @param target the revenue target of each scope for the period
     */
    record PipelineCoverage(Money target) implements KpiExpression {
        /**
         * Validates the target.
         *
         * @param target the revenue target, positive
         * @throws IllegalArgumentException if the target is not positive
         */
        public PipelineCoverage {
            Objects.requireNonNull(target, "target");
            Checks.check(target.amount().signum() > 0, "target must be positive: " + target);
        }

        @Override
        public KpiUnit unit() {
            return KpiUnit.NUMBER;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pipelineCoverage(this);
        }
    }

    /**
     * Our revenue from accounts against their known spend; see {@link Kpis#shareOfWallet()}.
     * Immutable and thread-safe.
     */
    record ShareOfWallet() implements KpiExpression {
        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public Reads reads() {
            return Reads.OPPORTUNITIES;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.shareOfWallet(this);
        }
    }

    /**
     * The calendar's working hours of each scope; see {@link Kpis#workingHours(WorkCalendar)}.
     * Immutable and thread-safe.
     *
     * @param calendar the calendar
     */
    record WorkingHours(WorkCalendar calendar) implements KpiExpression {
        /**
         * Validates the calendar.
         *
         * @param calendar the calendar
         */
        public WorkingHours {
            Objects.requireNonNull(calendar, "calendar");
        }

        @Override
        public KpiUnit unit() {
            return KpiUnit.HOURS;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.workingHours(this);
        }
    }

    /**
     * One expression divided by another, each over the scope's summed parts first; see
     * {@link Kpis#ratio(Kpi, Kpi, KpiUnit, Direction)}. Immutable and thread-safe.
     *
     * @param numerator the expression divided
     * @param denominator the expression divided by
     * @param unit the unit of the quotient
     * @param direction which way the quotient improves
     */
    record Quotient(KpiExpression numerator, KpiExpression denominator, KpiUnit unit, Direction direction)
            implements KpiExpression {
        /**
         * Validates the components.
         *
         * @param numerator the expression divided
         * @param denominator the expression divided by
         * @param unit the unit of the quotient
         * @param direction which way the quotient improves
         */
        public Quotient {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(direction, "direction");
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(numerator, denominator);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quotient(this);
        }
    }

    /**
     * The sum of expressions of one unit; see {@link Kpis#sum(Kpi...)}. Immutable and thread-safe.
     *
     * @param terms the expressions, at least one, all of one unit
     * @param direction which way the sum improves
     */
    record Sum(List<KpiExpression> terms, Direction direction) implements KpiExpression {
        /**
         * Validates the components and copies the terms.
         *
         * @param terms the expressions, at least one, all of one unit
         * @param direction which way the sum improves
         * @throws IllegalArgumentException if there is no term or the units differ
         */
        public Sum {
            Objects.requireNonNull(terms, "terms");
            terms = List.copyOf(terms);
            Objects.requireNonNull(direction, "direction");
            Checks.check(!terms.isEmpty(), "terms must not be empty: []");
            for (KpiExpression term : terms) {
                Checks.sameUnit(terms.get(0), term);
            }
        }

        @Override
        public KpiUnit unit() {
            return terms.get(0).unit();
        }

        @Override
        public List<KpiExpression> children() {
            return terms;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sum(this);
        }
    }

    /**
     * One expression less another of the same unit; see {@link Kpis#difference(Kpi, Kpi)}.
     * Immutable and thread-safe.
     *
     * @param minuend the expression subtracted from
     * @param subtrahend the expression subtracted
     * @param direction which way the difference improves
     */
    record Difference(KpiExpression minuend, KpiExpression subtrahend, Direction direction)
            implements KpiExpression {
        /**
         * Validates the components.
         *
         * @param minuend the expression subtracted from
         * @param subtrahend the expression subtracted
         * @param direction which way the difference improves
         * @throws IllegalArgumentException if the units differ
         */
        public Difference {
            Objects.requireNonNull(minuend, "minuend");
            Objects.requireNonNull(subtrahend, "subtrahend");
            Objects.requireNonNull(direction, "direction");
            Checks.sameUnit(minuend, subtrahend);
        }

        @Override
        public KpiUnit unit() {
            return minuend.unit();
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(minuend, subtrahend);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.difference(this);
        }
    }

    /**
     * An expression multiplied by a constant; see {@link Kpis#scaled(Kpi, BigDecimal)}. Immutable
     * and thread-safe.
     *
     * @param operand the expression scaled
     * @param factor the constant, not zero, held with the fewest digits (2.50 is 2.5)
     * @param unit the unit of the result
     * @param direction which way the result improves
     */
    record Scaled(KpiExpression operand, BigDecimal factor, KpiUnit unit, Direction direction)
            implements KpiExpression {
        /**
         * Validates the components and normalises the factor.
         *
         * @param operand the expression scaled
         * @param factor the constant, not zero
         * @param unit the unit of the result
         * @param direction which way the result improves
         * @throws IllegalArgumentException if the factor is zero
         */
        public Scaled {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(direction, "direction");
            Checks.check(factor.signum() != 0, "factor must not be zero: " + factor.toPlainString());
            factor = Checks.normalised(factor);
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(operand);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.scaled(this);
        }
    }

    /**
     * An expression per week or per working day of each scope's period; see
     * {@link Kpis#perWeek(Kpi, WorkCalendar)}. Immutable and thread-safe.
     *
     * @param operand the expression spread over time
     * @param per the length of time
     * @param calendar the calendar whose selling weeks or working days count
     */
    record TimeRate(KpiExpression operand, Per per, WorkCalendar calendar) implements KpiExpression {

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
         * @param operand the expression spread over time
         * @param per the length of time
         * @param calendar the calendar whose selling weeks or working days count
         */
        public TimeRate {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(per, "per");
            Objects.requireNonNull(calendar, "calendar");
        }

        @Override
        public KpiUnit unit() {
            return operand.unit();
        }

        @Override
        public Direction direction() {
            return operand.direction();
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(operand);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.timeRate(this);
        }
    }

    /**
     * An expression over only the activities or opportunities that meet a condition; see
     * {@link Kpis#where(Kpi, Condition)}. Immutable and thread-safe.
     *
     * @param operand the expression filtered
     * @param condition the condition its activities or opportunities must meet
     */
    record Where(KpiExpression operand, Condition condition) implements KpiExpression {
        /**
         * Validates the components.
         *
         * @param operand the expression filtered
         * @param condition the condition its activities or opportunities must meet
         * @throws IllegalArgumentException if a measure below reads something the condition cannot
         *         apply to
         */
        public Where {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(condition, "condition");
            Checks.checkCondition(operand, condition);
        }

        @Override
        public KpiUnit unit() {
            return operand.unit();
        }

        @Override
        public Direction direction() {
            return operand.direction();
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(operand);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.where(this);
        }
    }

    /**
     * An expression against a fixed target, as achieved ÷ target; see
     * {@link Kpis#attainment(Kpi, BigDecimal)}. Immutable and thread-safe.
     *
     * @param operand the expression measured
     * @param target the value each scope should reach, positive, held with the fewest digits
     */
    record Attainment(KpiExpression operand, BigDecimal target) implements KpiExpression {
        /**
         * Validates the components and normalises the target.
         *
         * @param operand the expression measured
         * @param target the value each scope should reach, positive
         * @throws IllegalArgumentException if the target is not positive
         */
        public Attainment {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(target, "target");
            Checks.check(target.signum() > 0, "target must be positive: " + target.toPlainString());
            target = Checks.normalised(target);
        }

        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        @Override
        public Direction direction() {
            return operand.direction();
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(operand);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.attainment(this);
        }
    }

    /**
     * An expression less a fixed target; see {@link Kpis#gapToTarget(Kpi, BigDecimal)}. Immutable
     * and thread-safe.
     *
     * @param operand the expression measured
     * @param target the value each scope should reach, held with the fewest digits
     */
    record TargetGap(KpiExpression operand, BigDecimal target) implements KpiExpression {
        /**
         * Validates the components and normalises the target.
         *
         * @param operand the expression measured
         * @param target the value each scope should reach
         */
        public TargetGap {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(target, "target");
            target = Checks.normalised(target);
        }

        @Override
        public KpiUnit unit() {
            return operand.unit();
        }

        @Override
        public Direction direction() {
            return operand.direction();
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(operand);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.targetGap(this);
        }
    }

    /**
     * An expression over the period before each scope's period; see {@link Kpis#previousPeriod(Kpi)}.
     * Immutable and thread-safe.
     *
     * @param operand the expression looked back on; it must neither look back nor compare with peers
     */
    record PreviousPeriod(KpiExpression operand) implements KpiExpression {
        /**
         * Validates the operand.
         *
         * @param operand the expression looked back on
         * @throws IllegalArgumentException if it looks back already or compares with peers
         */
        public PreviousPeriod {
            Objects.requireNonNull(operand, "operand");
            Checks.check(!Checks.holds(operand, PreviousPeriod.class),
                    "operand must not look back to a previous period itself: " + Naming.id(operand));
            Checks.check(!Checks.comparesWithPeers(operand),
                    "operand must not compare with peers: " + Naming.id(operand));
        }

        @Override
        public KpiUnit unit() {
            return operand.unit();
        }

        @Override
        public Direction direction() {
            return operand.direction();
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(operand);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.previousPeriod(this);
        }
    }

    /**
     * The gap of an expression to its peers' as (value − peer value) ÷ peer value; see
     * {@link Kpis#peerGap(Kpi)}. Immutable and thread-safe.
     *
     * @param operand the expression compared; it must not compare with peers itself
     */
    record PeerGap(KpiExpression operand) implements KpiExpression {
        /**
         * Validates the operand.
         *
         * @param operand the expression compared
         * @throws IllegalArgumentException if it compares with peers itself
         */
        public PeerGap {
            Objects.requireNonNull(operand, "operand");
            Checks.check(!Checks.comparesWithPeers(operand),
                    "operand must not compare with peers itself: " + Naming.id(operand));
        }

        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        @Override
        public Direction direction() {
            return operand.direction();
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(operand);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.peerGap(this);
        }
    }

    /**
     * The percentile rank of an expression among its peers, as a fraction; see
     * {@link Kpis#peerRank(Kpi)}. Immutable and thread-safe.
     *
     * @param operand the expression ranked; it must not compare with peers itself
     */
    record PeerRank(KpiExpression operand) implements KpiExpression {
        /**
         * Validates the operand.
         *
         * @param operand the expression ranked
         * @throws IllegalArgumentException if it compares with peers itself
         */
        public PeerRank {
            Objects.requireNonNull(operand, "operand");
            Checks.check(!Checks.comparesWithPeers(operand),
                    "operand must not compare with peers itself: " + Naming.id(operand));
        }

        @Override
        public KpiUnit unit() {
            return KpiUnit.PERCENT;
        }

        @Override
        public Direction direction() {
            return Direction.HIGHER_IS_BETTER;
        }

        @Override
        public List<KpiExpression> children() {
            return List.of(operand);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.peerRank(this);
        }
    }
}
