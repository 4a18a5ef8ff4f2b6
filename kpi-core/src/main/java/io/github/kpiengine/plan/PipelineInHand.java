package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the open pipeline is expected to bring: each open opportunity at a stage wins with the
 * product of the ratios from that stage down. These wins are subtracted before new activity is
 * planned. Immutable and thread-safe.
 *
 * @param expectedWins the expected wins from all open opportunities: the exact value to 16
 *     significant digits
 * @param expectedRevenue expected wins × average deal, the exact value rounded once, half-even, to
 *     the currency
 * @param expectedWinsByStage the expected wins from the opportunities at each stage, in the funnel's
 *     order
 */
public record PipelineInHand(BigDecimal expectedWins, Money expectedRevenue,
        Map<String, BigDecimal> expectedWinsByStage) {

    /**
     * Copies the map, keeping its order.
     *
     * @param expectedWins the expected wins
     * @param expectedRevenue the expected revenue
     * @param expectedWinsByStage the expected wins by stage
     */
    public PipelineInHand {
        expectedWinsByStage = Collections.unmodifiableMap(new LinkedHashMap<>(expectedWinsByStage));
    }
}
