/**
 * The sales review the main example prints and renders: kpi-core's
 * {@link io.github.kpiengine.review.SalesReview} with the words that name its periods
 * ({@link io.github.kpiengine.examples.report.ReviewReport}), and a self-contained XHTML report with
 * SVG charts ({@link io.github.kpiengine.examples.report.HtmlReport}).
 */
package io.github.kpiengine.examples.report;
