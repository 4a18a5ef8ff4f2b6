/**
 * The {@code kpi} command-line tool: {@code kpi plan} works a revenue target back to weekly
 * activity from flags, {@code kpi scorecard} evaluates the standard scorecard over CRM exports of
 * activities and opportunities read through a mapping or preset ({@code io.github.kpiengine.examples.crm}),
 * {@code kpi mapping init} prints a preset to adapt. {@link io.github.kpiengine.examples.cli.KpiCommand} is the entry
 * point; it exits with 0 on success and 2 on a usage or input error, with a one-line message.
 */
package io.github.kpiengine.examples.cli;
