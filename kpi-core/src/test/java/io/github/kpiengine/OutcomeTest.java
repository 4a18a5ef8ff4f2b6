package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void isProductive_orderCommitmentAndReferralList_true() {
        assertThat(Outcome.ORDER_COMMITMENT.isProductive()).isTrue();
        assertThat(Outcome.REFERRAL_LIST.isProductive()).isTrue();
    }

    @Test
    void isProductive_advancedAndNone_false() {
        assertThat(Outcome.ADVANCED.isProductive()).isFalse();
        assertThat(Outcome.NONE.isProductive()).isFalse();
    }

    @Test
    void values_fourOutcomes_inDeclaredOrder() {
        assertThat(Outcome.values()).containsExactly(
                Outcome.ADVANCED, Outcome.ORDER_COMMITMENT, Outcome.REFERRAL_LIST, Outcome.NONE);
    }
}
