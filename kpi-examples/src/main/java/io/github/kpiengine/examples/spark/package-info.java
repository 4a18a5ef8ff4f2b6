/**
 * The scorecard on Apache Spark: {@link io.github.kpiengine.examples.spark.ScorecardAggregator}
 * is a typed {@code Aggregator} whose buffer is KPI Engine's accumulator, moved between executors
 * by Java serialization, which goes through the accumulator's byte encoding.
 */
package io.github.kpiengine.examples.spark;
