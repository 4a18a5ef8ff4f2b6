package io.github.kpiengine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Goal;
import io.github.kpiengine.Money;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Targets given per rep, read from goals, or split from a unit's by the team planner. */
class ReviewTargetsTest {

    private static SalesReview review(ReviewTargets targets) {
        return SalesReview.of(SmallTeam.input().targets(targets).build());
    }

    private static Map<String, Money> repTargets(SalesReview review) {
        Map<String, Money> targets = new LinkedHashMap<>();
        review.reps().forEach(rep -> targets.put(rep.rep().id(), rep.target()));
        return targets;
    }

    @Test
    void split_evenly_everyRepTheSameShare() {
        SalesReview review = review(ReviewTargets.split(Map.of("company", Money.of("EUR", 300_000)),
                ReviewTargets.Split.evenly()));

        assertThat(repTargets(review).values()).containsOnly(Money.of("EUR", 60_000));
        assertThat(review.organisation().target()).contains(Money.of("EUR", 300_000));
        assertThat(review.organisation().repTargets()).isEqualTo(Money.of("EUR", 300_000));
    }

    @Test
    void split_byWeights_toTheCent() {
        Map<String, Money> units = new LinkedHashMap<>();
        units.put("north", Money.parse("EUR 100000.01"));
        units.put("south", Money.of("EUR", 50_000));
        SalesReview review = review(ReviewTargets.split(units, ReviewTargets.Split.byWeights(Map.of("ann",
                BigDecimal.ONE, "bob", BigDecimal.ONE, "cid", BigDecimal.ONE, "dee", BigDecimal.valueOf(3),
                "eve", BigDecimal.ONE))));

        // 100,000.01 in thirds: 33,333.33 each, and the two cents left over one each to the first two reps
        // (equal remainders go to the earlier rep); 50,000 as 3 to 1.
        assertThat(repTargets(review)).containsExactly(Map.entry("ann", Money.parse("EUR 33333.34")),
                Map.entry("bob", Money.parse("EUR 33333.34")), Map.entry("cid", Money.parse("EUR 33333.33")),
                Map.entry("dee", Money.of("EUR", 37_500)), Map.entry("eve", Money.of("EUR", 12_500)));
        assertThat(review.unit("north").repTargets()).isEqualTo(Money.parse("EUR 100000.01"));
        assertThat(review.unit("north").target()).contains(Money.parse("EUR 100000.01"));
        assertThat(review.reps()).allSatisfy(rep -> assertThat(rep.plan()).isInstanceOf(Plan.Reachable.class));
    }

    @Test
    void split_byCapacity_sharesOfTheSellingHoursAndPlansCheckThem() {
        Map<String, BigDecimal> hours = Map.of("ann", BigDecimal.valueOf(40), "bob", BigDecimal.valueOf(40),
                "cid", BigDecimal.valueOf(20), "dee", BigDecimal.valueOf(40), "eve", BigDecimal.valueOf(20));
        SalesReview review = review(ReviewTargets.split(Map.of("company", Money.of("EUR", 320_000)),
                ReviewTargets.Split.byCapacity(hours)));

        // 320,000 over 160 hours: 2,000 an hour of the week.
        assertThat(repTargets(review)).containsEntry("ann", Money.of("EUR", 80_000))
                .containsEntry("cid", Money.of("EUR", 40_000)).containsEntry("eve", Money.of("EUR", 40_000));
        assertThat(((Plan.Reachable) review.rep("ann").plan()).capacity()).isPresent();
    }

    @Test
    void fromGoals_repsRevenueGoalsOfThePlannedPeriod_andAUnitsOwnTarget() {
        List<Goal> goals = new ArrayList<>();
        SmallTeam.TARGETS.forEach((rep, target) -> goals.add(Goal.revenue(rep + "-q2", rep, target, SmallTeam.Q2,
                List.of())));
        goals.add(Goal.revenue("north-q2", "north", Money.of("EUR", 200_000), SmallTeam.Q2, List.of()));
        goals.add(Goal.revenue("ann-q1", "ann", Money.of("EUR", 1), SmallTeam.Q1, List.of()));

        SalesReview review = review(ReviewTargets.fromGoals(goals));

        assertThat(repTargets(review)).isEqualTo(SmallTeam.TARGETS);
        assertThat(review.unit("north").target()).contains(Money.of("EUR", 200_000));
        assertThat(review.unit("north").repTargets()).isEqualTo(Money.of("EUR", 186_000));
        assertThat(review.unit("south").target()).isEmpty();
    }
}
