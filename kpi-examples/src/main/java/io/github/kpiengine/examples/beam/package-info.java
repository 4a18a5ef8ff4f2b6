/**
 * The scorecard on Apache Beam: {@link io.github.kpiengine.examples.beam.ScorecardCombineFn} merges
 * KPI Engine's accumulators, {@link io.github.kpiengine.examples.beam.AccumulatorCoder} moves them
 * between workers through their byte encoding, and
 * {@link io.github.kpiengine.examples.beam.BeamScorecard} reads the {@code kpi scorecard} CSV files,
 * one accumulator per file, and writes every figure of every scope: on the DirectRunner, Flink or
 * Spark, the figures of one {@code Engine.evaluate} of all the files.
 */
package io.github.kpiengine.examples.beam;
