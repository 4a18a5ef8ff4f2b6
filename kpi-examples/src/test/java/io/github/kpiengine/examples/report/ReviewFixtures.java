package io.github.kpiengine.examples.report;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Rep;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.examples.sample.SampleCompany;
import io.github.kpiengine.review.ReviewInput;
import io.github.kpiengine.review.ReviewTargets;
import io.github.kpiengine.review.SalesReview;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reviews for the report's tests: the sample company, and the sample with a team whose plan cannot be met. */
final class ReviewFixtures {

    /** The rep of the one-rep team: every proposal lost, so no amount of activity reaches the target. */
    static final String SOLO = "sam";
    static final String SOLO_NAME = "Sam Okafor";
    static final String SOLO_TEAM = "Partner Sales";

    private static final Currency EUR = Currency.getInstance("EUR");

    private ReviewFixtures() {
    }

    static ReviewReport sample() {
        return ReviewReport.of(SampleCompany.create());
    }

    /**
     * The sample company with a fifth team of one rep, Sam, who made calls and opened opportunities
     * in the mature months but lost every proposal: Sam has no peers and an unreachable plan.
     */
    static ReviewReport withSoloTeam() {
        SampleCompany company = SampleCompany.create();
        OrgTree org = company.org();
        List<OrgUnit> units = new ArrayList<>(org.units());
        units.add(OrgUnit.of("partners", SOLO_TEAM, org.root().id(), SOLO));
        List<Rep> reps = new ArrayList<>(org.reps());
        reps.add(Rep.of(SOLO, SOLO_NAME));
        Map<String, String> unitOf = new LinkedHashMap<>();
        org.reps().forEach(rep -> unitOf.put(rep.id(), org.unitOf(rep.id()).id()));
        unitOf.put(SOLO, "partners");

        ActivityLog log = company.log();
        for (int day = 2; day <= 20; day++) {
            log.append(Activity.builder(SOLO, ActivityType.COLD_CALL, LocalDate.of(2026, 3, day))
                    .account("partner-" + day).outcome(day % 5 == 0 ? Outcome.ADVANCED : Outcome.NONE).build());
        }
        List<Opportunity> opportunities = new ArrayList<>(company.opportunities());
        for (int i = 1; i <= 3; i++) {
            Opportunity lost = Opportunity.builder(SOLO + "-" + i, SOLO, SampleCompany.PIPELINE).account("partner-" + i)
                    .created(LocalDate.of(2026, 3, 2 * i)).amount(Money.of(EUR, new BigDecimal("40000")))
                    .enter("first_appointment", LocalDate.of(2026, 3, 2 * i))
                    .enter("proposal", LocalDate.of(2026, 4, 2 * i))
                    .lost(LocalDate.of(2026, 5, 2 * i)).build();
            opportunities.add(lost);
            log.append(lost);
        }
        Map<String, Money> targets = new LinkedHashMap<>();
        org.reps().forEach(rep -> targets.put(rep.id(), company.quarterlyTarget(rep.id())));
        targets.put(SOLO, Money.of(EUR, new BigDecimal("100000")));
        ReviewInput input = ReviewInput.builder(log, OrgTree.of(units, reps, unitOf), SampleCompany.PIPELINE,
                company.calendar()).reviewed(company.year()).planned(company.nextQuarter())
                .matureCohorts(company.matureCohorts()).paceWindow(company.lastQuarter())
                .targets(ReviewTargets.perRep(targets)).openOpportunities(opportunities).build();
        ReviewReport sample = sample();
        return new ReviewReport(sample.periodLabel(), sample.lastLabel(), sample.nextLabel(), sample.source(),
                SalesReview.of(input));
    }
}
