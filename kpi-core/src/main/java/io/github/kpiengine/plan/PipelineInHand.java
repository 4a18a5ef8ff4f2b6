package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the open pipeline is expected to bring: each open opportunity at a stage wins with the
 * product of the ratios from that stage down. These wins are subtracted before new activity is
 * planned. Immutable and thread-safe.
 *
 * @param expectedWins the expected wins from all open opportunities, exact
 * @param expectedRevenue expected wins × average deal, rounded half-even to the currency
 * @param expectedWinsByStage the expected wins from the opportunities at each stage
 */
public record PipelineInHand(BigDecimal expectedWins, Money expectedRevenue,
        Map<String, BigDecimal> expectedWinsByStage) {

    /**
     * Copies the map.
     *
     * @param expectedWins the expected wins
     * @param expectedRevenue the expected revenue
     * @param expectedWinsByStage the expected wins by stage
     */
    public PipelineInHand {
        expectedWinsByStage = Map.copyOf(expectedWinsByStage);
    }
}
