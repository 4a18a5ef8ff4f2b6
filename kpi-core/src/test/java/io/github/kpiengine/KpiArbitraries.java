package io.github.kpiengine;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Shared jqwik generators for the model's values. */
public final class KpiArbitraries {

    private KpiArbitraries() {
    }

    /**
     * Currencies of scale 0, 2 and 3.
     *
     * @return the currencies
     */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "GBP", "KWD").map(Currency::getInstance);
    }

    /**
     * Amounts of money, negative to positive, in the given currency.
     *
     * @param currency the currency
     * @return the monies
     */
    public static Arbitrary<Money> monies(Currency currency) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        return Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .map(unscaled -> new Money(BigDecimal.valueOf(unscaled, scale), currency));
    }

    /**
     * Amounts of money in any of {@link #currencies()}.
     *
     * @return the monies
     */
    public static Arbitrary<Money> monies() {
        return currencies().flatMap(KpiArbitraries::monies);
    }

    /**
     * Counted ratios, {@code 0/1} up to {@code 1_000_000/1_000_000}.
     *
     * @return the counted ratios
     */
    public static Arbitrary<Ratio> countedRatios() {
        return Arbitraries.longs().between(1, 1_000_000)
                .flatMap(denominator -> Arbitraries.longs().between(0, denominator)
                        .map(numerator -> Ratio.of(numerator, denominator)));
    }

    /**
     * Decimal ratios with up to 18 decimal places.
     *
     * @return the decimal ratios
     */
    public static Arbitrary<Ratio> decimalRatios() {
        return decimalRatios(18);
    }

    /**
     * Decimal ratios with up to the given number of decimal places.
     *
     * @param maxScale the most decimal places, from 0 to 18
     * @return the decimal ratios
     */
    public static Arbitrary<Ratio> decimalRatios(int maxScale) {
        return Arbitraries.integers().between(0, maxScale).flatMap(scale -> {
            long denominator = BigDecimal.ONE.movePointRight(scale).longValueExact();
            return Arbitraries.longs().between(0, denominator)
                    .map(unscaled -> Ratio.of(BigDecimal.valueOf(unscaled, scale)));
        });
    }

    /**
     * Undefined ratios with varied reasons.
     *
     * @return the undefined ratios
     */
    public static Arbitrary<Ratio> undefinedRatios() {
        Arbitrary<String> reasons = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '/', '%', ':')
                .ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
        return Arbitraries.oneOf(reasons, Arbitraries.just("denominator is zero")).map(Ratio::undefined);
    }

    /**
     * Counted, decimal and undefined ratios.
     *
     * @return the ratios
     */
    public static Arbitrary<Ratio> ratios() {
        return Arbitraries.oneOf(countedRatios(), decimalRatios(), undefinedRatios());
    }

    /**
     * Defined ratios above zero, counted or decimal with at most six places, so that
     * {@link Ratio#requiredFor(long)} of any {@link #outCounts()} fits in a {@code long}.
     *
     * @return the positive ratios
     */
    public static Arbitrary<Ratio> positiveRatios() {
        return Arbitraries.oneOf(countedRatios(), decimalRatios(6)).filter(r -> !r.isZero());
    }

    /**
     * Two defined ratios above zero, the first no better than the second.
     *
     * @return pairs ordered by value
     */
    public static Arbitrary<Ratio[]> orderedPositiveRatioPairs() {
        return Combinators.combine(positiveRatios(), positiveRatios())
                .as((a, b) -> a.compareValueTo(b) <= 0 ? new Ratio[] {a, b} : new Ratio[] {b, a});
    }

    /**
     * Counts wanted on the far side of a gateway.
     *
     * @return counts from 0 to 1,000,000
     */
    public static Arbitrary<Long> outCounts() {
        return Arbitraries.longs().between(0, 1_000_000);
    }
}
