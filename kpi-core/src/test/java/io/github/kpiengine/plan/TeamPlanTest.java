package io.github.kpiengine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamPlanTest {

    private static final Money EUR_10_000 = Money.parse("EUR 10000");

    private static FunnelModel funnel(String stage, String ratio) {
        return FunnelModel.builder(Money.parse("EUR 1"), EUR_10_000)
                .gateway(stage, Ratio.parse(ratio)).weeks(BigDecimal.valueOf(10)).build();
    }

    @Test
    void magicNumber_reachableAndMetPlans_addUp() {
        Map<String, FunnelModel> reps = new LinkedHashMap<>();
        reps.put("ann", funnel("first_appointment", "20%"));
        reps.put("bob", funnel("first_appointment", "50%"));
        reps.put("cid", funnel("first_appointment", "50%"));

        TeamPlan team = TeamPlanner.plan(Money.parse("EUR 200000"), reps,
                Map.of("ann", BigDecimal.ONE, "bob", BigDecimal.ONE, "cid", BigDecimal.ZERO));

        assertThat(team.plans().get("cid")).isInstanceOf(Plan.AlreadyMet.class);
        assertThat(team.magicNumber()).isEqualTo(new TeamPlan.MagicNumber.CountedMagicNumber(5 + 2, "first_appointment"));
    }

    @Test
    void magicNumber_anUnreachablePlan_isNotLeftOut() {
        Map<String, FunnelModel> reps = new LinkedHashMap<>();
        reps.put("ann", funnel("first_appointment", "20%"));
        reps.put("bob", funnel("first_appointment", "0%"));

        TeamPlan team = TeamPlanner.plan(Money.parse("EUR 200000"), reps,
                Map.of("ann", BigDecimal.ONE, "bob", BigDecimal.ONE));

        assertThat(team.magicNumber()).isEqualTo(new TeamPlan.MagicNumber.UncountedMagicNumber("the plan of bob is unreachable: "
                + "gateway first_appointment converts at 0%: no amount of activity reaches a won deal"));
    }

    @Test
    void magicNumber_channelsCountingAtDifferentStages_doNotAddUp() {
        Map<String, FunnelModel> channels = new LinkedHashMap<>();
        channels.put("cold", funnel("call", "20%"));
        channels.put("referral", funnel("first_appointment", "50%"));

        TeamPlan mix = TeamPlanner.planChannels(Money.parse("EUR 200000"), channels,
                Map.of("cold", Ratio.parse("50%"), "referral", Ratio.parse("50%")));

        assertThat(mix.magicNumber()).isEqualTo(new TeamPlan.MagicNumber.UncountedMagicNumber(
                "the plans count new opportunities at different stages: cold at call, referral at first_appointment"));
    }

    @Test
    void magicNumber_noPlans_saysSo() {
        TeamPlan empty = new TeamPlan(EUR_10_000, Map.of(), Map.of());

        assertThat(empty.magicNumber()).isEqualTo(new TeamPlan.MagicNumber.UncountedMagicNumber("there are no plans to add up"));
    }
}
