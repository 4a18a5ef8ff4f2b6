/**
 * The sales review: the loop of the practice, from a team's history to every rep's figures,
 * planning ratios, plan and magic number, activity barometer, gaps to the peers, focus, projection,
 * advice and goals, and every unit's figures and plan, in one call:
 * {@link io.github.kpiengine.review.SalesReview#of(io.github.kpiengine.review.ReviewInput)}.
 *
 * <p>It works on any pipeline: the gateways come from the pipeline's open stages, the stage where a
 * new opportunity counts is an input, and a call gateway is planned only where the data records
 * calls that booked a first stage. The figures are the engine's ({@code engine}); the plans are the
 * solver's ({@code plan}). Advice is data: {@link io.github.kpiengine.review.AdviceRule}s read
 * {@link io.github.kpiengine.review.ReviewFigure}s, and their words come from a resource bundle an
 * app can translate or replace ({@link io.github.kpiengine.review.AdviceTexts}).
 */
package io.github.kpiengine.review;
