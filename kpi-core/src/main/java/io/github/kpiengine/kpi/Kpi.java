package io.github.kpiengine.kpi;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Stage;
import java.util.Objects;

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
     */
    record StageConversion(String id, String displayName, Pipeline pipeline, Stage from, Stage to)
            implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         * @param pipeline the pipeline both stages belong to
         * @param from the open stage whose entries form the cohort
         * @param to the later stage, open or won, the cohort should reach
         * @throws IllegalArgumentException if a stage is not in the pipeline, {@code from} is not
         *         open, or {@code to} is lost or does not come after {@code from}
         */
        public StageConversion {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
            Objects.requireNonNull(pipeline, "pipeline");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
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
     * The mean days from creation to close of the deals won in the period; see
     * {@link Kpis#meanSalesCycleDays()}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id the id
     * @param displayName the display name
     */
    record MeanSalesCycleDays(String id, String displayName) implements Kpi {

        /**
         * Validates the components.
         *
         * @param id the id
         * @param displayName the display name
         */
        public MeanSalesCycleDays {
            Checks.notBlank("id", id);
            Checks.notBlank("displayName", displayName);
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
}
