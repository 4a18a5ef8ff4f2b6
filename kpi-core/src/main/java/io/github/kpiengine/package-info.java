/**
 * The vocabulary of sales KPIs: activities, pipelines, opportunities, reps and units, goals,
 * periods, money and conversion ratios. Every type here is an immutable value, validated when made.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of("lead", "first_appointment", "proposal");
 * Activity call = Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 2));
 * Opportunity deal = Opportunity.builder("opp-1", "ann", pipeline)
 *         .account("acme")
 *         .amount(Money.parse("EUR 30000"))
 *         .enter("first_appointment", LocalDate.of(2026, 3, 4))
 *         .won(LocalDate.of(2026, 4, 1))
 *         .build();
 * long proposals = Ratio.parse("50%").requiredFor(40);        // 80 proposals for 40 wins
 * BigDecimal weeks = WorkCalendar.standard().sellingWeeks(SalesPeriod.ofYear(2026));
 * }</pre>
 *
 * <p>Sub-packages add capabilities on top of this vocabulary and depend on it, never the reverse.
 */
package io.github.kpiengine;
