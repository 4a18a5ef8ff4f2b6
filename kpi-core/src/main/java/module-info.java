/**
 * KPI Engine: sales-KPI logic for CRMs and apps.
 *
 * <p>The root package {@code io.github.kpiengine} holds the immutable domain model (money, ratios,
 * activities, pipelines, opportunities, the org tree, periods, calendars and goals). Sub-packages
 * add one capability each and depend on the root, never the other way round.
 */
module io.github.kpiengine {
    exports io.github.kpiengine;
    exports io.github.kpiengine.kpi;
    exports io.github.kpiengine.engine;
    exports io.github.kpiengine.plan;
    exports io.github.kpiengine.formula;
    exports io.github.kpiengine.review;
}
