package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.kpi.Kpis;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    @Test
    void of_uniqueIds_keepsOrder() {
        assertThat(Scorecard.of(Kpis.winRate(), Kpis.newAccountsWon()).kpis())
                .containsExactly(Kpis.winRate(), Kpis.newAccountsWon());
    }

    @Test
    void of_duplicateId_throws() {
        assertThatThrownBy(() -> Scorecard.of(Kpis.winRate(), Kpis.winRate()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kpis must have unique ids (name apart, with Kpi.named, two definitions that differ only in their pipeline or calendar): win_rate");
    }

    @Test
    void new_empty_throws() {
        assertThatThrownBy(() -> new Scorecard(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kpis must not be empty: []");
    }
}
