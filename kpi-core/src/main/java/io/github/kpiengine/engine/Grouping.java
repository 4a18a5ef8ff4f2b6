package io.github.kpiengine.engine;

import io.github.kpiengine.OrgTree;
import io.github.kpiengine.WorkCalendar;
import java.util.Objects;

/**
 * How an evaluation splits the log into scopes, each with its own figures.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Grouping {

    /**
     * Returns one scope per rep of the log, keyed by the rep's id, in the order of the ids.
     *
     * @return the grouping
     */
    static Grouping byRep() {
        return new ByRep();
    }

    /**
     * Returns one scope per rep and week of the period, keyed {@code "<rep>/<first day of week>"}, in
     * the order of the rep ids, then of the weeks.
     *
     * @param calendar the calendar whose weeks split the period (first and last cut to it)
     * @return the grouping
     */
    static Grouping byRepAndWeek(WorkCalendar calendar) {
        return new ByRepAndWeek(calendar);
    }

    /**
     * Returns one scope per rep and calendar month of the period, keyed
     * {@code "<rep>/<first day of the month in the period>"}: the first and last months are cut to
     * the period, so a period from 15 January keys its first month {@code "ann/2026-01-15"}.
     *
     * @return the grouping
     */
    static Grouping byRepAndMonth() {
        return new ByRepAndMonth();
    }

    /**
     * Returns one scope per rep and calendar quarter of the period, keyed
     * {@code "<rep>/<first day of the quarter in the period>"}: the first and last quarters are cut
     * to the period, as months are.
     *
     * @return the grouping
     */
    static Grouping byRepAndQuarter() {
        return new ByRepAndQuarter();
    }

    /**
     * Returns one scope per unit of an org tree, keyed by the unit's id, covering every rep below
     * the unit: the department's figure is its head's figure. Reps of the log that are not in the
     * tree count in no unit.
     *
     * @param tree the org tree
     * @return the grouping
     */
    static Grouping byOrgUnit(OrgTree tree) {
        return new ByOrgUnit(tree);
    }

    /**
     * One scope per rep.
     *
     * <p>Immutable and thread-safe.
     */
    record ByRep() implements Grouping {
    }

    /**
     * One scope per rep and week.
     *
     * <p>Immutable and thread-safe.
     *
     * @param calendar the calendar whose weeks split the period
     */
    record ByRepAndWeek(WorkCalendar calendar) implements Grouping {

        /**
         * Validates the calendar.
         *
         * @param calendar the calendar whose weeks split the period
         */
        public ByRepAndWeek {
            Objects.requireNonNull(calendar, "calendar");
        }
    }

    /**
     * One scope per rep and calendar month.
     *
     * <p>Immutable and thread-safe.
     */
    record ByRepAndMonth() implements Grouping {
    }

    /**
     * One scope per rep and calendar quarter.
     *
     * <p>Immutable and thread-safe.
     */
    record ByRepAndQuarter() implements Grouping {
    }

    /**
     * One scope per unit of an org tree.
     *
     * <p>Immutable and thread-safe.
     *
     * @param tree the org tree
     */
    record ByOrgUnit(OrgTree tree) implements Grouping {

        /**
         * Validates the tree.
         *
         * @param tree the org tree
         */
        public ByOrgUnit {
            Objects.requireNonNull(tree, "tree");
        }
    }
}
