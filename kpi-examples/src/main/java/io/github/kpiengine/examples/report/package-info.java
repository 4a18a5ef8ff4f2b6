/**
 * The sales review the main example prints and renders: the standard scorecard per rep and unit,
 * each rep's plan for the next quarter with the magic number, the activity barometer, the gaps to
 * peers and the KPIs to focus on, and a self-contained XHTML report with SVG charts.
 */
package io.github.kpiengine.examples.report;
