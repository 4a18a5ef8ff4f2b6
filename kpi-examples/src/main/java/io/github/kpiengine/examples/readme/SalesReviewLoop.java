package io.github.kpiengine.examples.readme;

import io.github.kpiengine.Money;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.examples.sample.SampleCompany;
import io.github.kpiengine.review.Advice;
import io.github.kpiengine.review.GapToPeers;
import io.github.kpiengine.review.RepReview;
import io.github.kpiengine.review.ReviewInput;
import io.github.kpiengine.review.ReviewTargets;
import io.github.kpiengine.review.SalesReview;
import java.util.Map;

/** The README's sales-review snippet: a year of a team's history to a rep's plan, barometer, gaps and advice. */
public final class SalesReviewLoop {

    private SalesReviewLoop() {
    }

    /**
     * Runs the snippet.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        SampleCompany company = SampleCompany.create();     // 16 reps, a year of activities and deals
        // README begin
        ReviewInput input = ReviewInput.builder(company.log(), company.org(), SampleCompany.PIPELINE,
                        company.calendar())
                .reviewed(SalesPeriod.ofYear(2026))
                .planned(SalesPeriod.ofQuarter(2027, 1))
                .targets(ReviewTargets.split(Map.of("company", Money.parse("EUR 5200000")),
                        ReviewTargets.Split.evenly()))    // the team planner splits it to the cent
                .build();
        SalesReview review = SalesReview.of(input);

        RepReview nora = review.rep("nora");
        System.out.println(nora.target() + ": " + nora.magicNumber().orElseThrow() + " new opportunities a week");
        System.out.println("barometer " + nora.barometer().orElseThrow().percent() + " %");
        GapToPeers perSale = nora.peerGap(GapToPeers.REVENUE_PER_SALE).orElseThrow();
        System.out.println(perSale.label() + " " + perSale.percent() + " % against the peers");
        nora.focus().forEach(focus -> System.out.println("focus: " + review.gateway(focus.stage()).label()));
        nora.advice().stream().map(Advice::id).forEach(id -> System.out.println("advice: " + id));
        System.out.println(review.organisation().repsOnPace() + " of 16 reps on pace");
        // README end
    }
}
