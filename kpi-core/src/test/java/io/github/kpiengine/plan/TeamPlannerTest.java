package io.github.kpiengine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TeamPlannerTest {

    private static final Money EUR_100_000_01 = Money.parse("EUR 100000.01");
    private static final Money EUR_10_000 = Money.parse("EUR 10000");

    private static FunnelModel rep(String close, long hoursPerWeek) {
        return FunnelModel.builder(Money.parse("EUR 1"), EUR_10_000)
                .gateway("proposal", Ratio.parse(close))
                .weeks(BigDecimal.valueOf(12))
                .hoursPerWeek(BigDecimal.valueOf(hoursPerWeek))
                .build();
    }

    @Test
    void plan_byWeights_splitsToTheCentAndPlansEachRepAtTheirOwnRatio() {
        Map<String, FunnelModel> reps = new LinkedHashMap<>();
        reps.put("ann", rep("50%", 40));
        reps.put("bob", rep("25%", 40));
        reps.put("cid", rep("40%", 40));

        TeamPlan team = TeamPlanner.plan(EUR_100_000_01, reps,
                Map.of("ann", BigDecimal.ONE, "bob", BigDecimal.ONE, "cid", BigDecimal.ONE));

        assertThat(team.targets()).containsExactly(
                Map.entry("ann", Money.parse("EUR 33333.34")),
                Map.entry("bob", Money.parse("EUR 33333.34")),
                Map.entry("cid", Money.parse("EUR 33333.33")));
        Plan.Reachable bob = (Plan.Reachable) team.plans().get("bob");
        assertThat(bob.stage("proposal").required()).isEqualTo(16);
        assertThat(((Plan.Reachable) team.plans().get("ann")).stage("proposal").required()).isEqualTo(8);
    }

    @Test
    void planByCapacity_splitsBySellingHours() {
        Map<String, FunnelModel> reps = new LinkedHashMap<>();
        reps.put("ann", rep("50%", 40));
        reps.put("bob", rep("50%", 20));

        TeamPlan team = TeamPlanner.planByCapacity(Money.parse("EUR 90000"), reps);

        assertThat(team.targets().get("ann")).isEqualTo(Money.parse("EUR 60000"));
        assertThat(team.targets().get("bob")).isEqualTo(Money.parse("EUR 30000"));
        assertThat(team.magicNumber()).isEqualTo(new TeamPlan.MagicNumber.CountedMagicNumber(1 + 1, "proposal"));
    }

    @Test
    void plan_badWeights_areRefused() {
        Map<String, FunnelModel> reps = Map.of("ann", rep("50%", 40));

        assertThatThrownBy(() -> TeamPlanner.plan(EUR_10_000, reps, Map.of("bob", BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights must name exactly the reps of repModels [ann]: [bob]");
        assertThatThrownBy(() -> TeamPlanner.plan(EUR_10_000, reps, Map.of("ann", BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights must not all be zero: {ann=0}");
        assertThatThrownBy(() -> TeamPlanner.plan(Money.parse("EUR -1"), reps, Map.of("ann", BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unitTarget must not be negative: EUR -1.00");
    }

    @Test
    void planChannels_eachChannelAtItsOwnChain_magicNumbersAdd() {
        FunnelModel cold = FunnelModel.builder(Money.parse("EUR 1"), EUR_10_000)
                .gateway("first_appointment", Ratio.parse("20%")).weeks(BigDecimal.valueOf(10)).build();
        FunnelModel referral = FunnelModel.builder(Money.parse("EUR 1"), EUR_10_000)
                .gateway("first_appointment", Ratio.parse("50%")).weeks(BigDecimal.valueOf(10)).build();
        Map<String, FunnelModel> channels = new LinkedHashMap<>();
        channels.put("cold", cold);
        channels.put("referral", referral);

        TeamPlan mix = TeamPlanner.planChannels(Money.parse("EUR 200000"), channels,
                Map.of("cold", Ratio.parse("50%"), "referral", Ratio.parse("50%")));

        assertThat(((Plan.Reachable) mix.plans().get("cold")).newOpportunities()).isEqualTo(50);
        assertThat(((Plan.Reachable) mix.plans().get("referral")).newOpportunities()).isEqualTo(20);
        assertThat(mix.magicNumber()).isEqualTo(new TeamPlan.MagicNumber.CountedMagicNumber(5 + 2, "first_appointment"));
        assertThatThrownBy(() -> TeamPlanner.planChannels(Money.parse("EUR 200000"), channels,
                Map.of("cold", Ratio.parse("50%"), "referral", Ratio.parse("40%"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shares must add up to 100%: 90%");
    }

    @Test
    void planChannels_countedSharesOfFourTwelfths_addUpToExactlyOneHundredPercent() {
        Map<String, FunnelModel> channels = new LinkedHashMap<>();
        for (String channel : List.of("cold", "partner", "referral")) {
            channels.put(channel, rep("50%", 40));
        }
        Ratio fourTwelfths = Ratio.of(4, 12);

        TeamPlan mix = TeamPlanner.planChannels(Money.parse("EUR 100"), channels,
                Map.of("cold", fourTwelfths, "partner", fourTwelfths, "referral", fourTwelfths));

        assertThat(mix.targets()).containsExactly(
                Map.entry("cold", Money.parse("EUR 33.34")),
                Map.entry("partner", Money.parse("EUR 33.33")),
                Map.entry("referral", Money.parse("EUR 33.33")));
    }

    @Test
    void planChannels_badShares_areRefusedNamingTheChannelOrTheExactSum() {
        Map<String, FunnelModel> channels = new LinkedHashMap<>();
        channels.put("cold", rep("50%", 40));
        channels.put("referral", rep("50%", 40));

        assertThatThrownBy(() -> TeamPlanner.planChannels(EUR_10_000, channels,
                Map.of("cold", Ratio.parse("50%"), "referral", Ratio.undefined("no referrals yet"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("share of channel referral must be defined: undefined: no referrals yet");
        assertThatThrownBy(() -> TeamPlanner.planChannels(EUR_10_000, channels,
                Map.of("cold", Ratio.of(1, 3), "referral", Ratio.of(1, 3))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shares must add up to 100%: 2/3");
        assertThatThrownBy(() -> TeamPlanner.planChannels(EUR_10_000, channels, Map.of("cold", Ratio.parse("100%"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shares must name exactly the channels of channels [cold, referral]: [cold]");
    }

    @Test
    void plan_repInAnotherCurrency_isRefusedNamingTheRep() {
        Map<String, FunnelModel> reps = new LinkedHashMap<>();
        reps.put("ann", rep("50%", 40));
        reps.put("bob", FunnelModel.builder(Money.parse("USD 1"), Money.parse("USD 10000"))
                .gateway("proposal", Ratio.parse("50%")).weeks(BigDecimal.valueOf(12)).build());

        assertThatThrownBy(() -> TeamPlanner.plan(EUR_10_000, reps, Map.of("ann", BigDecimal.ONE, "bob", BigDecimal.ONE)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("averageDeal of rep bob must be in the currency of unitTarget (EUR): USD 10000.00");
    }

    @Test
    void plan_spareCent_goesToTheSameRepWhateverTheMapsOrder() {
        Map<String, FunnelModel> given = new LinkedHashMap<>();
        given.put("cid", rep("50%", 40));
        given.put("bob", rep("50%", 40));
        given.put("ann", rep("50%", 40));
        Map<String, BigDecimal> equal = Map.of("ann", BigDecimal.ONE, "bob", BigDecimal.ONE, "cid", BigDecimal.ONE);

        TeamPlan fromLinked = TeamPlanner.plan(Money.parse("EUR 0.02"), given, equal);
        TeamPlan fromMapOf = TeamPlanner.plan(Money.parse("EUR 0.02"), Map.copyOf(given), equal);

        assertThat(fromLinked.targets()).containsExactly(
                Map.entry("ann", Money.parse("EUR 0.01")),
                Map.entry("bob", Money.parse("EUR 0.01")),
                Map.entry("cid", Money.parse("EUR 0.00")));
        assertThat(fromMapOf.targets()).containsExactlyEntriesOf(fromLinked.targets());
        assertThat(fromMapOf.plans().keySet()).containsExactly("ann", "bob", "cid");
    }

    @Property
    void plan_splitDoesNotDependOnTheMapsOrder(@ForAll @IntRange(min = 0, max = 1_000_000_000) int cents,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> weights) {
        Map<String, FunnelModel> forward = new LinkedHashMap<>();
        Map<String, FunnelModel> backward = new LinkedHashMap<>();
        Map<String, BigDecimal> weightByRep = new TreeMap<>();
        for (int i = 0; i < weights.size(); i++) {
            forward.put("rep_" + i, rep("50%", 40));
            weightByRep.put("rep_" + i, BigDecimal.valueOf(weights.get(i) == 0 && i == 0 ? 1 : weights.get(i)));
        }
        for (int i = weights.size() - 1; i >= 0; i--) {
            backward.put("rep_" + i, rep("50%", 40));
        }
        Money target = Money.of("EUR", BigDecimal.valueOf(cents, 2));

        assertThat(TeamPlanner.plan(target, backward, weightByRep).targets())
                .containsExactlyEntriesOf(TeamPlanner.plan(target, forward, weightByRep).targets());
    }

    @Property
    void plan_partsAddUpToTheUnitsTarget(@ForAll @IntRange(min = 0, max = 1_000_000_000) int cents,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> weights) {
        Map<String, FunnelModel> reps = new LinkedHashMap<>();
        Map<String, BigDecimal> weightByRep = new LinkedHashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            reps.put("rep_" + i, rep("50%", 40));
            weightByRep.put("rep_" + i, BigDecimal.valueOf(weights.get(i)));
        }
        if (weights.stream().allMatch(w -> w == 0)) {
            weightByRep.put("rep_0", BigDecimal.ONE);
        }
        Money target = Money.of("EUR", BigDecimal.valueOf(cents, 2));

        TeamPlan team = TeamPlanner.plan(target, reps, weightByRep);

        assertThat(Money.total(target.currency(), team.targets().values())).isEqualTo(target);
        assertThat(team.plans()).hasSize(weights.size());
    }
}
