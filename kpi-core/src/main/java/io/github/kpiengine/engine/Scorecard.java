package io.github.kpiengine.engine;

import io.github.kpiengine.kpi.Kpi;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The KPI definitions evaluated together, each with its own id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kpis the definitions, in display order, with unique ids
 */
public record Scorecard(List<Kpi> kpis) {

    /**
     * Validates the definitions and copies the list.
     *
     * @param kpis the definitions, in display order, with unique ids
     * @throws IllegalArgumentException if the list is empty or two definitions share an id
     */
    public Scorecard {
        Objects.requireNonNull(kpis, "kpis");
        kpis = List.copyOf(kpis);
        Checks.check(!kpis.isEmpty(), "kpis must not be empty: []");
        Set<String> ids = new HashSet<>();
        for (Kpi kpi : kpis) {
            if (!(ids.add(kpi.id()))) {
                throw new IllegalArgumentException("kpis must have unique ids (name apart, with Kpi.named, two"
                        + " definitions that differ only in their pipeline or calendar): " + kpi.id());
            }
        }
    }

    /**
     * Returns a scorecard of the given definitions.
     *
     * @param kpis the definitions, with unique ids
     * @return the scorecard
     */
    public static Scorecard of(Kpi... kpis) {
        return new Scorecard(List.of(kpis));
    }
}
