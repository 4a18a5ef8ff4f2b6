/**
 * The {@code kpi} command-line tool: {@code kpi plan} works a revenue target back to weekly
 * activity from flags, {@code kpi scorecard} evaluates the standard scorecard over CRM exports of
 * activities and opportunities read through a mapping or preset ({@code io.github.kpiengine.examples.crm}),
 * {@code kpi mapping init} prints a preset to adapt, {@code kpi formula check} compiles a formula.
 * {@link io.github.kpiengine.examples.cli.KpiCommand} is the entry point and the guard around every
 * command: it exits with 0 when something was evaluated, 2 on a usage or input error, 3 when a
 * scorecard has nothing to evaluate, 4 when the heap runs out and 70 on an internal error, each time
 * with a one-line message, and writes UTF-8 whatever the locale.
 */
package io.github.kpiengine.examples.cli;
