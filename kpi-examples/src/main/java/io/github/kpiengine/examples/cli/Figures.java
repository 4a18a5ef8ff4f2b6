package io.github.kpiengine.examples.cli;

import io.github.kpiengine.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the tool writes numbers: plain decimals for programs (JSON and CSV), and counts, figures,
 * percentages, one-decimal days and hours, and money with its currency for people. The same in
 * every locale.
 */
final class Figures {

    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private Figures() {
    }

    /** A decimal in plain notation, without trailing zeros: {@code 40}, {@code 2.5}, {@code 0}. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A count grouped by thousands: {@code 2,083,333,333,333,334}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * A figure for people: two decimal places, grouped by thousands, without trailing zeros; a
     * figure below 0.01 keeps two significant digits rather than showing as zero.
     */
    static String figure(BigDecimal value) {
        BigDecimal rounded = value.abs().compareTo(HUNDREDTH) < 0 && value.signum() != 0
                ? value.round(TWO_DIGITS) : value.setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal stripped = rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
        return grouped(stripped, Math.max(0, stripped.scale()));
    }

    /** A share as a percentage for people: 0.325 is {@code 32.5%}. */
    static String percent(BigDecimal share) {
        return figure(share.movePointRight(2)) + "%";
    }

    /** Days or hours for people: always one decimal place, {@code 12.0}, {@code 1.5}. */
    static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Money for people, always with its currency: {@code EUR 1,200,000.00}. */
    static String money(Money money) {
        return money.currency().getCurrencyCode() + " " + grouped(money.amount(), money.amount().scale());
    }

    private static String grouped(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(value);
    }
}
