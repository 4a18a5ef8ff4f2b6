package io.github.kpiengine.engine;

import io.github.kpiengine.SalesPeriod;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose figures a row of a result holds: a rep or an org unit, and, when the grouping splits the
 * period into buckets, which week, month or quarter.
 *
 * <pre>{@code
 * result.result(ScopeKey.of("ann"), Kpis.winRate());                               // by rep or unit
 * result.result(ScopeKey.of("ann", SalesPeriod.ofMonth(YearMonth.of(2026, 3))), winRate); // by rep and month
 * }</pre>
 *
 * <p>A grouping gives every scope the same form, whatever the data holds: {@link Grouping#byRep()}
 * and {@link Grouping#byOrgUnit} give no bucket; the week, month and quarter groupings give every
 * scope its bucket, cut to the evaluated period, even when the period holds only one. Immutable and
 * thread-safe.
 *
 * @param owner the id of the rep or the org unit
 * @param bucket the week, month or quarter, empty for a grouping over the whole period
 */
public record ScopeKey(String owner, Optional<SalesPeriod> bucket) {

    /**
     * Validates the components.
     *
     * @param owner the id of the rep or the org unit
     * @param bucket the week, month or quarter, or empty
     */
    public ScopeKey {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(bucket, "bucket");
    }

    /**
     * Returns the scope of a rep or unit over the whole period.
     *
     * @param owner the id of the rep or the org unit
     * @return the scope
     */
    public static ScopeKey of(String owner) {
        return new ScopeKey(owner, Optional.empty());
    }

    /**
     * Returns the scope of a rep in one week, month or quarter.
     *
     * @param owner the id of the rep
     * @param bucket the week, month or quarter, as the grouping cuts it
     * @return the scope
     */
    public static ScopeKey of(String owner, SalesPeriod bucket) {
        return new ScopeKey(owner, Optional.of(Objects.requireNonNull(bucket, "bucket")));
    }

    /**
     * Returns the owner, with the bucket's first day after a slash when there is one:
     * {@code "ann"}, {@code "ann/2026-03-02"}. For people; read the components in code.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return bucket.map(b -> owner + "/" + b.start()).orElse(owner);
    }
}
