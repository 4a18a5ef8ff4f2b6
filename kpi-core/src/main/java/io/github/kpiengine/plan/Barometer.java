package io.github.kpiengine.plan;

import java.math.BigDecimal;

/**
 * The activity barometer: actual new opportunities a week over the magic number. Healthy at
 * 100 % or more. Immutable and thread-safe.
 *
 * @param actualPerWeek the new opportunities opened a week
 * @param magicNumber the new opportunities a week the plan needs
 * @param percent actual ÷ magic number × 100, to 1 decimal place, half-even
 * @param healthy whether the percentage is at least 100
 */
public record Barometer(BigDecimal actualPerWeek, long magicNumber, BigDecimal percent,
        boolean healthy) {
}
