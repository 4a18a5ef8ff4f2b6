package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpportunityTest {

    private static final Pipeline SALES = Pipeline.of("lead", "first_appointment", "proposal");
    private static final Stage LEAD = SALES.stage("lead");
    private static final Stage FIRST_APPOINTMENT = SALES.stage("first_appointment");
    private static final Stage PROPOSAL = SALES.stage("proposal");
    private static final Money EUR_30_000 = Money.of("EUR", 30_000);
    private static final Money EUR_MINUS_500 = Money.of("EUR", -500);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);
    private static final LocalDate MARCH_11 = LocalDate.of(2026, 3, 11);
    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final String ACME = "acme";

    private static Opportunity.Builder acmeDeal() {
        return Opportunity.builder("opp-1", "ann", SALES).account(ACME).amount(EUR_30_000);
    }

    private static Opportunity wonDeal() {
        return acmeDeal()
                .source(Source.CLIENT_REFERRAL)
                .enter("lead", MARCH_2)
                .enter("first_appointment", MARCH_5)
                .enter("proposal", MARCH_11)
                .won(APRIL_1)
                .build();
    }

    private static Opportunity direct(List<StageEntry> history, DealResult result, LocalDate closeDate) {
        return new Opportunity("opp-1", "ann", ACME, Source.INBOUND, MARCH_2, SALES, history, EUR_30_000,
                result, Optional.ofNullable(closeDate));
    }

    @Test
    void builder_wonDeal_isWonOnLastEntryDay() {
        Opportunity deal = wonDeal();

        assertThat(deal.id()).isEqualTo("opp-1");
        assertThat(deal.ownerId()).isEqualTo("ann");
        assertThat(deal.accountId()).isEqualTo(ACME);
        assertThat(deal.source()).isEqualTo(Source.CLIENT_REFERRAL);
        assertThat(deal.amount()).isEqualTo(EUR_30_000);
        assertThat(deal.pipeline()).isEqualTo(SALES);
        assertThat(deal.created()).isEqualTo(MARCH_2);
        assertThat(deal.result()).isEqualTo(DealResult.WON);
        assertThat(deal.closeDate()).contains(APRIL_1);
        assertThat(deal.currentStage()).isEqualTo(Stage.WON);
        assertThat(deal.isWon()).isTrue();
        assertThat(deal.isLost()).isFalse();
        assertThat(deal.isOpen()).isFalse();
        assertThat(deal.history()).containsExactly(new StageEntry(LEAD, MARCH_2),
                new StageEntry(FIRST_APPOINTMENT, MARCH_5), new StageEntry(PROPOSAL, MARCH_11),
                new StageEntry(Stage.WON, APRIL_1));
    }

    @Test
    void builder_lostDeal_isLostOnLastEntryDay() {
        Opportunity deal = acmeDeal().enter("lead", MARCH_2).enter("proposal", MARCH_11).lost(MARCH_20).build();

        assertThat(deal.result()).isEqualTo(DealResult.LOST);
        assertThat(deal.closeDate()).contains(MARCH_20);
        assertThat(deal.currentStage()).isEqualTo(Stage.LOST);
        assertThat(deal.isLost()).isTrue();
        assertThat(deal.isWon()).isFalse();
        assertThat(deal.isOpen()).isFalse();
    }

    @Test
    void builder_openDeal_hasNoCloseDate() {
        Opportunity deal = acmeDeal().enter("lead", MARCH_2).enter("first_appointment", MARCH_5).build();

        assertThat(deal.result()).isEqualTo(DealResult.OPEN);
        assertThat(deal.closeDate()).isEmpty();
        assertThat(deal.currentStage()).isEqualTo(FIRST_APPOINTMENT);
        assertThat(deal.isOpen()).isTrue();
        assertThat(deal.isWon()).isFalse();
        assertThat(deal.isLost()).isFalse();
        assertThat(deal.salesCycleDays()).isEmpty();
        assertThat(deal.salesCycleDays(LEAD)).isEmpty();
    }

    @Test
    void builder_defaults_coldOutreachAndCreatedOnFirstEntry() {
        Opportunity deal = acmeDeal().enter("lead", MARCH_5).build();

        assertThat(deal.source()).isEqualTo(Source.COLD_OUTREACH);
        assertThat(deal.created()).isEqualTo(MARCH_5);
    }

    @Test
    void builder_createdBeforeFirstEntry_kept() {
        Opportunity deal = acmeDeal().created(MARCH_2).enter("lead", MARCH_5).won(APRIL_1).build();

        assertThat(deal.created()).isEqualTo(MARCH_2);
        assertThat(deal.salesCycleDays()).hasValue(30);
    }

    @Test
    void salesCycleDays_wonDeal_countsFromCreated() {
        assertThat(wonDeal().salesCycleDays()).hasValue(30);
    }

    @Test
    void salesCycleDays_fromStage_countsFromFirstEntry() {
        Opportunity deal = wonDeal();

        assertThat(deal.salesCycleDays(FIRST_APPOINTMENT)).hasValue(27);
        assertThat(deal.salesCycleDays(Stage.WON)).hasValue(0);
    }

    @Test
    void salesCycleDays_fromStageNeverEntered_empty() {
        Opportunity deal = acmeDeal().enter("lead", MARCH_2).won(MARCH_20).build();

        assertThat(deal.salesCycleDays(PROPOSAL)).isEmpty();
        assertThat(deal.salesCycleDays()).hasValue(18);
    }

    @Test
    void enteredAndReached_enteredAndMissedStages() {
        Opportunity deal = acmeDeal().enter("lead", MARCH_2).enter("proposal", MARCH_11).build();

        assertThat(deal.entered(PROPOSAL)).contains(MARCH_11);
        assertThat(deal.reached(PROPOSAL)).isTrue();
        assertThat(deal.entered(FIRST_APPOINTMENT)).isEmpty();
        assertThat(deal.reached(FIRST_APPOINTMENT)).isFalse();
        assertThat(deal.reached(Stage.WON)).isFalse();
        assertThatThrownBy(() -> deal.entered(null))
                .isInstanceOf(NullPointerException.class).hasMessage("stage");
    }

    @Test
    void builder_skippedStages_allowed() {
        Opportunity deal = acmeDeal().enter("lead", MARCH_2).won(MARCH_5).build();

        assertThat(deal.history()).containsExactly(new StageEntry(LEAD, MARCH_2), new StageEntry(Stage.WON, MARCH_5));
        assertThat(deal.isWon()).isTrue();
    }

    @Test
    void builder_backwardMove_keptAsItHappened() {
        Opportunity deal = acmeDeal()
                .enter("lead", MARCH_2)
                .enter("proposal", MARCH_5)
                .enter("lead", MARCH_11)
                .build();

        assertThat(deal.history()).extracting(StageEntry::stage).containsExactly(LEAD, PROPOSAL, LEAD);
        assertThat(deal.currentStage()).isEqualTo(LEAD);
        assertThat(deal.entered(LEAD)).contains(MARCH_2);
    }

    @Test
    void builder_sameDayEntries_keepTheirOrder() {
        Opportunity deal = acmeDeal().enter("proposal", MARCH_5).enter("lead", MARCH_5).build();

        assertThat(deal.history()).extracting(StageEntry::stage).containsExactly(PROPOSAL, LEAD);
        assertThat(deal.currentStage()).isEqualTo(LEAD);
    }

    @Test
    void builder_datesOutOfOrder_throws() {
        assertThatThrownBy(() -> acmeDeal().enter("lead", MARCH_11).enter("proposal", MARCH_5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history must be in date order: proposal@2026-03-05 after lead@2026-03-11");
    }

    @Test
    void builder_historyBeforeCreated_throws() {
        assertThatThrownBy(() -> acmeDeal().created(MARCH_5).enter("lead", MARCH_2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history must not start before created 2026-03-05: lead@2026-03-02");
    }

    @Test
    void builder_stageAfterWon_throws() {
        assertThatThrownBy(() -> acmeDeal().enter("lead", MARCH_2).won(MARCH_11).enter("proposal", MARCH_20).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history must end at a won or lost stage, not continue after it: won@2026-03-11");
    }

    @Test
    void builder_lostAfterWon_throws() {
        assertThatThrownBy(() -> acmeDeal().enter("lead", MARCH_2).won(MARCH_11).lost(MARCH_20).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history must end at a won or lost stage, not continue after it: won@2026-03-11");
    }

    @Test
    void builder_emptyHistory_throws() {
        assertThatThrownBy(() -> acmeDeal().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history must not be empty: opportunity opp-1");
    }

    @Test
    void constructor_emptyHistory_throws() {
        assertThatThrownBy(() -> direct(List.of(), DealResult.OPEN, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history must not be empty: opportunity opp-1");
    }

    @Test
    void builder_stageNotInPipeline_throwsListingNames() {
        assertThatThrownBy(() -> acmeDeal().enter("demo", MARCH_2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage must be one of [lead, first_appointment, proposal, won, lost]: demo");
    }

    @Test
    void constructor_stageNotInPipeline_throwsListingNames() {
        List<StageEntry> history = List.of(new StageEntry(Stage.open("demo"), MARCH_2));

        assertThatThrownBy(() -> direct(history, DealResult.OPEN, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage must be one of [lead, first_appointment, proposal, won, lost]: demo");
    }

    @Test
    void constructor_resultDisagreesWithHistory_throws() {
        List<StageEntry> history = List.of(new StageEntry(LEAD, MARCH_2), new StageEntry(Stage.WON, APRIL_1));

        assertThatThrownBy(() -> direct(history, DealResult.OPEN, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("result must be WON for a history ending in won: OPEN");
        assertThatThrownBy(() -> direct(history, DealResult.LOST, APRIL_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("result must be WON for a history ending in won: LOST");
    }

    @Test
    void constructor_openWithCloseDate_throws() {
        List<StageEntry> history = List.of(new StageEntry(LEAD, MARCH_2));

        assertThatThrownBy(() -> direct(history, DealResult.OPEN, APRIL_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("closeDate must be absent while open: 2026-04-01");
    }

    @Test
    void constructor_closedWithoutCloseDate_throwsNamingIt() {
        List<StageEntry> history = List.of(new StageEntry(LEAD, MARCH_2), new StageEntry(Stage.LOST, MARCH_20));

        assertThatThrownBy(() -> direct(history, DealResult.LOST, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("closeDate must be given for a LOST deal: opportunity opp-1");
    }

    @Test
    void constructor_closeDateOtherThanLastEntry_throws() {
        List<StageEntry> history = List.of(new StageEntry(LEAD, MARCH_2), new StageEntry(Stage.WON, MARCH_20));

        assertThatThrownBy(() -> direct(history, DealResult.WON, APRIL_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("closeDate must be the day the deal entered won (2026-03-20): 2026-04-01");
    }

    @Test
    void constructor_closeDateBeforeCreated_throws() {
        List<StageEntry> history = List.of(new StageEntry(LEAD, MARCH_2), new StageEntry(Stage.WON, MARCH_20));
        LocalDate march1 = LocalDate.of(2026, 3, 1);

        assertThatThrownBy(() -> direct(history, DealResult.WON, march1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("closeDate must not be before created 2026-03-02: 2026-03-01");
    }

    @Test
    void constructor_consistentWonDeal_equalsBuiltOne() {
        List<StageEntry> history = List.of(new StageEntry(LEAD, MARCH_2), new StageEntry(Stage.WON, APRIL_1));
        Opportunity built = acmeDeal().source(Source.INBOUND).enter("lead", MARCH_2).won(APRIL_1).build();

        assertThat(direct(history, DealResult.WON, APRIL_1)).isEqualTo(built);
    }

    @Test
    void builder_negativeAmount_throws() {
        assertThatThrownBy(() -> acmeDeal().amount(EUR_MINUS_500).enter("lead", MARCH_2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be negative: EUR -500.00");
    }

    @Test
    void builder_zeroAmount_accepted() {
        Money zero = Money.of("EUR", 0);

        assertThat(acmeDeal().amount(zero).enter("lead", MARCH_2).build().amount()).isEqualTo(zero);
    }

    @Test
    void builder_missingAccountOrAmount_throwsNamingIt() {
        assertThatThrownBy(() -> Opportunity.builder("opp-1", "ann", SALES).amount(EUR_30_000)
                .enter("lead", MARCH_2).build())
                .isInstanceOf(NullPointerException.class).hasMessage("accountId");
        assertThatThrownBy(() -> Opportunity.builder("opp-1", "ann", SALES).account(ACME)
                .enter("lead", MARCH_2).build())
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> Opportunity.builder("opp-1", "ann", null))
                .isInstanceOf(NullPointerException.class).hasMessage("pipeline");
    }

    @Test
    void builder_blankIds_throw() {
        assertThatThrownBy(() -> Opportunity.builder(" ", "ann", SALES).account(ACME).amount(EUR_30_000)
                .enter("lead", MARCH_2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank: ' '");
        assertThatThrownBy(() -> Opportunity.builder("opp-1", "", SALES).account(ACME).amount(EUR_30_000)
                .enter("lead", MARCH_2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ownerId must not be blank: ''");
    }

    @Test
    void constructor_sourceHistoryMutatedAfterwards_opportunityUnchanged() {
        List<StageEntry> history = new ArrayList<>(List.of(new StageEntry(LEAD, MARCH_2)));
        Opportunity deal = direct(history, DealResult.OPEN, null);

        history.add(new StageEntry(PROPOSAL, MARCH_11));

        assertThat(deal.history()).containsExactly(new StageEntry(LEAD, MARCH_2));
        assertThatThrownBy(() -> deal.history().add(new StageEntry(PROPOSAL, MARCH_11)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equals_sameHistory_equalAndSameHash() {
        assertThat(wonDeal()).isEqualTo(wonDeal()).hasSameHashCodeAs(wonDeal());
        assertThat(acmeDeal().enter("lead", MARCH_2).won(APRIL_1).build()).isNotEqualTo(wonDeal());
    }

    @Test
    void toString_namesComponentsAndHistory() {
        assertThat(wonDeal().toString()).startsWith("Opportunity[")
                .contains("id=opp-1", "ownerId=ann", "accountId=acme", "source=client_referral",
                        "created=2026-03-02", "amount=EUR 30000.00", "result=WON", "closeDate=Optional[2026-04-01]",
                        "history=[lead@2026-03-02, first_appointment@2026-03-05, proposal@2026-03-11, "
                                + "won@2026-04-01]");
    }

    @Test
    void stageEntry_valueSemanticsAndText() {
        StageEntry entry = new StageEntry(PROPOSAL, MARCH_11);

        assertThat(entry).isEqualTo(new StageEntry(PROPOSAL, MARCH_11))
                .hasSameHashCodeAs(new StageEntry(PROPOSAL, MARCH_11))
                .isNotEqualTo(new StageEntry(PROPOSAL, MARCH_20))
                .hasToString("proposal@2026-03-11");
    }

    @Test
    void stageEntry_nulls_throwNamingArgument() {
        assertThatThrownBy(() -> new StageEntry(null, MARCH_2))
                .isInstanceOf(NullPointerException.class).hasMessage("stage");
        assertThatThrownBy(() -> new StageEntry(LEAD, null))
                .isInstanceOf(NullPointerException.class).hasMessage("entered");
    }
}
