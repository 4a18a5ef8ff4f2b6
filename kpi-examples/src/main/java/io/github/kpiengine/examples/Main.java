package io.github.kpiengine.examples;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.Source;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The main example: a small sample team's pipeline, activities and one won deal, printed, and the
 * reverse funnel worked backwards from a revenue target with exact ratios.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl kpi-examples -am compile exec:java}.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the example and prints to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to the given stream.
     *
     * @param out where the report goes
     */
    public static void run(PrintStream out) {
        Pipeline pipeline = Pipeline.of("lead", "first_appointment", "proposal");
        out.println("Pipeline: " + pipeline);

        LocalDate monday = LocalDate.of(2026, 3, 2);
        List<Activity> activities = List.of(
                Activity.of("ann", ActivityType.COLD_CALL, monday),
                Activity.of("ann", ActivityType.COLD_CALL, monday),
                Activity.builder("ann", ActivityType.FIRST_APPOINTMENT, monday.plusDays(2))
                        .account("acme")
                        .opportunity("opp-1")
                        .outcome(Outcome.ADVANCED)
                        .build(),
                Activity.builder("ann", ActivityType.SOCIAL_SELLING, monday.plusDays(3))
                        .duration(Duration.ofMinutes(45))
                        .build(),
                Activity.builder("ann", ActivityType.PROPOSAL, monday.plusDays(9))
                        .account("acme")
                        .opportunity("opp-1")
                        .outcome(Outcome.ORDER_COMMITMENT)
                        .build());
        out.println();
        out.println("Activities:");
        activities.forEach(activity -> out.println("  " + activity));

        Opportunity won = Opportunity.builder("opp-1", "ann", pipeline)
                .account("acme")
                .source(Source.CLIENT_REFERRAL)
                .created(monday)
                .amount(Money.of("EUR", 30_000))
                .enter("lead", monday)
                .enter("first_appointment", monday.plusDays(2))
                .enter("proposal", monday.plusDays(9))
                .won(monday.plusDays(30))
                .build();
        out.println();
        out.println("Won deal: " + won);
        out.println("Sales cycle: " + won.salesCycleDays().orElseThrow() + " days");

        // The reverse funnel of DESIGN.md, worked backwards with exact ratios.
        Money target = Money.parse("EUR 1200000");
        Money dealSize = Money.parse("EUR 30000");
        long deals = target.amount().divide(dealSize.amount(), 0, java.math.RoundingMode.CEILING)
                .longValueExact();
        long proposals = Ratio.parse("50%").requiredFor(deals);
        long appointments = Ratio.parse("65%").requiredFor(proposals);
        long calls = Ratio.parse("20%").requiredFor(appointments);
        out.println();
        out.println("To reach " + target + " at " + dealSize + " a deal:");
        out.println("  won deals     " + deals);
        out.println("  proposals     " + proposals + "   (close ratio 50%)");
        out.println("  appointments  " + appointments + "  (appointment -> proposal 65%)");
        out.println("  calls         " + calls + "  (call -> appointment 20%)");
    }
}
