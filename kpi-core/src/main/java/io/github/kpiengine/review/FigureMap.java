package io.github.kpiengine.review;

import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A scope's figures as an immutable map in the scorecard's order, over the two lists a
 * {@link io.github.kpiengine.engine.ResultTable} row holds. A review builds thousands of them: a
 * lookup scans a score of keys, comparing by identity first, and never hashes a definition (a
 * {@link Kpi} hashes its whole expression tree).
 */
final class FigureMap extends AbstractMap<Kpi, KpiResult> {

    private final List<Kpi> kpis;
    private final List<KpiResult> figures;

    private FigureMap(List<Kpi> kpis, List<KpiResult> figures) {
        this.kpis = kpis;
        this.figures = figures;
    }

    /** The figures of a row, the definitions being the table's columns, both lists immutable. */
    static FigureMap of(List<Kpi> kpis, List<KpiResult> figures) {
        if (kpis.size() != figures.size()) {
            throw new IllegalArgumentException("figures must be one per KPI (" + kpis.size() + "): " + figures.size());
        }
        return new FigureMap(kpis, figures);
    }

    /** An immutable copy of any map, in its order; a figure map is its own copy. */
    static Map<Kpi, KpiResult> copyOf(Map<Kpi, KpiResult> map) {
        if (map instanceof FigureMap figureMap) {
            return figureMap;
        }
        return new FigureMap(List.copyOf(map.keySet()), List.copyOf(map.values()));
    }

    /** The figure of this very definition, or null: no comparison by value. */
    KpiResult identical(Kpi kpi) {
        for (int i = 0; i < kpis.size(); i++) {
            if (kpis.get(i) == kpi) {
                return figures.get(i);
            }
        }
        return null;
    }

    @Override
    public KpiResult get(Object key) {
        for (int i = 0; i < kpis.size(); i++) {
            if (kpis.get(i) == key) {
                return figures.get(i);
            }
        }
        for (int i = 0; i < kpis.size(); i++) {
            if (kpis.get(i).equals(key)) {
                return figures.get(i);
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return kpis.size();
    }

    @Override
    public Set<Entry<Kpi, KpiResult>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Kpi, KpiResult>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < kpis.size();
                    }

                    @Override
                    public Entry<Kpi, KpiResult> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(kpis.get(i), figures.get(i));
                    }
                };
            }

            @Override
            public int size() {
                return kpis.size();
            }
        };
    }

    /**
     * Returns one figure of a review: a conversion over the mature cohorts, anything else over the
     * reviewed period.
     */
    static KpiResult figure(Map<Kpi, KpiResult> figures, Map<Kpi, KpiResult> conversions, Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        KpiResult figure = figures.containsKey(kpi) ? figures.get(kpi) : conversions.get(kpi);
        if (figure == null) {
            throw new IllegalArgumentException("kpi must be a definition of the review: " + kpi.id());
        }
        return figure;
    }
}
