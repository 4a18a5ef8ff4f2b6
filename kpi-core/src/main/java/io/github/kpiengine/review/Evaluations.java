package io.github.kpiengine.review;

import io.github.kpiengine.OrgTree;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Rep;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.ResultTable;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One scorecard evaluated over one period by the engine, for every rep and, when asked, every unit.
 * A rep of the tree with nothing in the log gets the figures of nothing: zero counts, undefined
 * ratios with their reasons, money in the log's currency. Figures are read once, from the results'
 * tables. Not thread-safe: the figures of nothing are made when first asked for.
 *
 * <p>Reps and units come from one scan of the log: every rep becomes a unit of its own below its
 * unit, and one evaluation by unit gives both.
 */
final class Evaluations {

    /** Prefixes a rep's id to name the unit of that rep alone; no real unit's id starts with it. */
    private static final String REP_UNIT = "\u0000rep:";

    private final Map<String, FigureMap> reps;
    private final Map<String, FigureMap> units;
    private final Scorecard scorecard;
    private final SalesPeriod period;
    private final Optional<Currency> currency;
    private FigureMap nothing;

    private Evaluations(Map<String, FigureMap> reps, Map<String, FigureMap> units, Scorecard scorecard,
            SalesPeriod period, Optional<Currency> currency) {
        this.reps = reps;
        this.units = units;
        this.scorecard = scorecard;
        this.period = period;
        this.currency = currency;
    }

    /**
     * The tree a review evaluates by, every rep in a unit of its own, so that one scan serves reps
     * and units; empty in the unlikely case that a unit's id already starts as a rep's unit would.
     */
    static Optional<OrgTree> oneScanTree(OrgTree org) {
        return org.units().stream().noneMatch(unit -> unit.id().startsWith(REP_UNIT))
                ? Optional.of(withRepUnits(org)) : Optional.empty();
    }

    /**
     * Evaluates a scorecard for every rep and, when asked, every unit: by one scan over the tree of
     * {@link #oneScanTree(OrgTree)} when there is one.
     */
    static Evaluations of(Scorecard scorecard, ActivityLog log, SalesPeriod period, OrgTree org,
            Optional<OrgTree> oneScan, boolean units) {
        if (units && oneScan.isPresent()) {
            Map<String, FigureMap> reps = new HashMap<>();
            Map<String, FigureMap> byUnit = new HashMap<>();
            ResultTable table = Engine.evaluate(scorecard, log, period, Grouping.byOrgUnit(oneScan.get())).table();
            for (ResultTable.Row row : table.rows()) {
                String owner = row.scope().owner();
                FigureMap figures = FigureMap.of(table.kpis(), row.results());
                if (owner.startsWith(REP_UNIT)) {
                    reps.put(owner.substring(REP_UNIT.length()), figures);
                } else {
                    byUnit.put(owner, figures);
                }
            }
            return new Evaluations(reps, byUnit, scorecard, period, log.currency());
        }
        Map<String, FigureMap> byRep = rows(Engine.evaluate(scorecard, log, period, Grouping.byRep()).table());
        Map<String, FigureMap> byUnit = units
                ? rows(Engine.evaluate(scorecard, log, period, Grouping.byOrgUnit(org)).table()) : Map.of();
        return new Evaluations(byRep, byUnit, scorecard, period, log.currency());
    }

    /** The tree with every rep in a unit of its own, below the rep's unit. */
    private static OrgTree withRepUnits(OrgTree org) {
        List<OrgUnit> units = new ArrayList<>(org.units());
        Map<String, String> unitOf = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Rep rep : org.reps()) {
            String id = REP_UNIT + rep.id();
            if (!seen.add(id)) {
                throw new IllegalArgumentException("reps must have unique ids: " + rep.id());
            }
            units.add(OrgUnit.of(id, rep.name(), org.unitOf(rep.id()).id(), rep.id()));
            unitOf.put(rep.id(), id);
        }
        return OrgTree.of(units, org.reps(), unitOf);
    }

    private static Map<String, FigureMap> rows(ResultTable table) {
        Map<String, FigureMap> rows = new HashMap<>();
        for (ResultTable.Row row : table.rows()) {
            rows.put(row.scope().owner(), FigureMap.of(table.kpis(), row.results()));
        }
        return rows;
    }

    /** The figures of a rep with no activity and no opportunity: one evaluation of an empty log. */
    private static FigureMap nothing(Scorecard scorecard, SalesPeriod period, Optional<Currency> currency) {
        Rep nobody = Rep.of("nobody", "Nobody");
        OrgTree alone = OrgTree.builder().root("nobody", "Nobody", nobody.id()).rep(nobody, "nobody").build();
        ResultTable empty = Engine.evaluate(scorecard, ActivityLog.create(), period, Grouping.byOrgUnit(alone)).table();
        List<KpiResult> figures = new ArrayList<>();
        for (int k = 0; k < empty.kpis().size(); k++) {
            Kpi kpi = empty.kpis().get(k);
            KpiResult figure = empty.get(0, k);
            figures.add(kpi.unit() == KpiUnit.MONEY ? figure.in(KpiUnit.MONEY, currency) : figure);
        }
        return FigureMap.of(empty.kpis(), List.copyOf(figures));
    }

    FigureMap rep(String repId) {
        FigureMap figures = reps.get(repId);
        if (figures != null) {
            return figures;
        }
        if (nothing == null) {
            nothing = nothing(scorecard, period, currency);
        }
        return nothing;
    }

    FigureMap unit(String unitId) {
        return units.get(unitId);
    }
}
