package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTest {

    private static final Source TRADE_FAIR = Source.of("trade_fair", "Trade fair", false);
    private static final Source RESELLER_REFERRAL = Source.of("reseller_referral", "Reseller referral", true);

    @Test
    void of_validComponents_keepsThem() {
        assertThat(TRADE_FAIR.id()).isEqualTo("trade_fair");
        assertThat(TRADE_FAIR.displayName()).isEqualTo("Trade fair");
        assertThat(TRADE_FAIR.referral()).isFalse();
        assertThat(RESELLER_REFERRAL.referral()).isTrue();
    }

    @Test
    void of_badId_throwsWithRule() {
        assertThatThrownBy(() -> Source.of("Trade Fair", "Trade fair", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be a lower-case identifier of at most 64 characters "
                        + "([a-z][a-z0-9_]*): 'Trade Fair'");
    }

    @Test
    void of_blankDisplayName_throws() {
        assertThatThrownBy(() -> Source.of("trade_fair", "", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("displayName must not be blank: ''");
    }

    @Test
    void of_nullId_throwsNamingIt() {
        assertThatThrownBy(() -> Source.of(null, "Trade fair", false))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @Test
    void standard_fourSources_referralsMarked() {
        assertThat(Source.standard()).containsExactly(Source.COLD_OUTREACH, Source.INBOUND,
                Source.CLIENT_REFERRAL, Source.PARTNER_REFERRAL);
        assertThat(Source.standard()).filteredOn(Source::referral)
                .containsExactly(Source.CLIENT_REFERRAL, Source.PARTNER_REFERRAL);
    }

    @Test
    void equals_sameComponents_equalAndSameHash() {
        Source copy = Source.of("inbound", "Inbound", false);
        assertThat(copy).isEqualTo(Source.INBOUND).hasSameHashCodeAs(Source.INBOUND);
        assertThat(Source.of("inbound", "Inbound", true)).isNotEqualTo(Source.INBOUND);
    }

    @Test
    void toString_returnsId() {
        assertThat(Source.CLIENT_REFERRAL).hasToString("client_referral");
    }
}
