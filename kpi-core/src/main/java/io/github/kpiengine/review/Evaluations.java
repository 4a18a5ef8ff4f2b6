package io.github.kpiengine.review;

import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Rep;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One scorecard evaluated over one period by the engine, for every rep and, when asked, every unit.
 * A rep of the tree with nothing in the log gets the figures of nothing: zero counts, undefined
 * ratios with their reasons, money in the log's currency.
 */
final class Evaluations {

    private final ScorecardResult byRep;
    private final ScorecardResult byUnit;
    private final Set<String> logged;
    private final Map<Kpi, KpiResult> nothing;

    private Evaluations(ScorecardResult byRep, ScorecardResult byUnit, Set<String> logged,
            Map<Kpi, KpiResult> nothing) {
        this.byRep = byRep;
        this.byUnit = byUnit;
        this.logged = logged;
        this.nothing = nothing;
    }

    static Evaluations of(Scorecard scorecard, ActivityLog log, SalesPeriod period, OrgTree org, boolean units) {
        ScorecardResult byRep = Engine.evaluate(scorecard, log, period, Grouping.byRep());
        ScorecardResult byUnit = units ? Engine.evaluate(scorecard, log, period, Grouping.byOrgUnit(org)) : null;
        return new Evaluations(byRep, byUnit, new HashSet<>(log.repIds()), nothing(scorecard, period, log.currency()));
    }

    /** The figures of a rep with no activity and no opportunity: one evaluation of an empty log. */
    private static Map<Kpi, KpiResult> nothing(Scorecard scorecard, SalesPeriod period, Optional<Currency> currency) {
        Rep nobody = Rep.of("nobody", "Nobody");
        OrgTree alone = OrgTree.builder().root("nobody", "Nobody", nobody.id()).rep(nobody, "nobody").build();
        ScorecardResult empty = Engine.evaluate(scorecard, ActivityLog.create(), period, Grouping.byOrgUnit(alone));
        Map<Kpi, KpiResult> figures = new LinkedHashMap<>();
        empty.results(ScopeKey.of("nobody")).forEach((kpi, figure) ->
                figures.put(kpi, kpi.unit() == KpiUnit.MONEY ? figure.in(KpiUnit.MONEY, currency) : figure));
        return figures;
    }

    Map<Kpi, KpiResult> rep(String repId) {
        return logged.contains(repId) ? byRep.results(ScopeKey.of(repId)) : nothing;
    }

    Map<Kpi, KpiResult> unit(String unitId) {
        return byUnit.results(ScopeKey.of(unitId));
    }

    ScorecardResult byRep() {
        return byRep;
    }
}
