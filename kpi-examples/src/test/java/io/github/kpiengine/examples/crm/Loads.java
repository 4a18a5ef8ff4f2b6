package io.github.kpiengine.examples.crm;

import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads CSV texts held in memory through a mapping, and reads figures of what was loaded. */
final class Loads {

    private Loads() {
    }

    static Mapping mapping(String json) {
        return Mapping.parse("m.json", MappingTest.json(json));
    }

    static Input text(String name, String csv) {
        return Input.of(name, csv.getBytes(StandardCharsets.UTF_8));
    }

    static Input text(String name, String csv, Charset charset) {
        return Input.of(name, csv.getBytes(charset));
    }

    /** Loads the activity, opportunity and stage-history texts (null for none), bad rows refused. */
    static Loaded load(Mapping mapping, String activities, String opportunities, String history) {
        return loader(mapping, activities, opportunities, history).load();
    }

    static CrmLoader loader(Mapping mapping, String activities, String opportunities, String history) {
        CrmLoader loader = CrmLoader.with(mapping);
        if (activities != null) {
            loader.activities(text("a.csv", activities));
        }
        if (opportunities != null) {
            loader.opportunities(text("o.csv", opportunities));
        }
        if (history != null) {
            loader.stageHistory(text("h.csv", history));
        }
        return loader;
    }

    /** The bad rows of a load that must be refused, as {@code FILE:LINE: reason} lines. */
    static List<String> badRows(Mapping mapping, String activities, String opportunities, String history) {
        try {
            load(mapping, activities, opportunities, history);
        } catch (BadRowsException e) {
            return e.rows().stream().map(BadRow::toString).toList();
        }
        throw new AssertionError("the load was not refused");
    }

    /** A figure of a rep over 2026, as plain text, or "-" when undefined. */
    static String figure(Loaded loaded, Kpi kpi, String rep) {
        ScorecardResult result = Engine.evaluate(Scorecard.of(kpi), loaded.log(), SalesPeriod.ofYear(2026),
                Grouping.byRep());
        KpiResult figure = result.result(ScopeKey.of(rep), kpi);
        return figure.value().map(BigDecimal::toPlainString).orElse("-");
    }
}
