package io.github.kpiengine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency.
 *
 * <p>The amount is a {@link BigDecimal} held at the currency's scale (two decimal places for EUR and
 * USD, none for JPY), so that {@code EUR 12.5} and {@code EUR 12.50} are equal. The constructor
 * never rounds: an amount with more decimal places than the currency allows is refused, and every
 * operation that may lose digits takes an explicit {@link RoundingMode}. Operations on two amounts
 * of different currencies throw {@link CurrencyMismatchException}.
 *
 * <pre>{@code
 * Money target = Money.parse("EUR 1200000");
 * Money perDeal = target.dividedBy(40, RoundingMode.HALF_EVEN);   // EUR 30000.00
 * }</pre>
 *
 * <p>Money is not {@link Comparable}: amounts of different currencies have no order. Use
 * {@link #compareAmountTo(Money)} within one currency. Immutable and thread-safe.
 *
 * @param amount the amount, at the currency's scale
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {

    private static final Pattern TEXT = Pattern.compile("([A-Z]{3}) (-?[0-9]+(?:\\.[0-9]+)?)");

    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param amount the amount, at the currency's scale
     * @param currency the currency
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        try {
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount must have at most " + scale
                    + " decimal places for " + currency.getCurrencyCode() + ": "
                    + amount.toPlainString(), e);
        }
    }

    /**
     * Returns an exact amount.
     *
     * @param currency the currency
     * @param amount the amount, with no more decimal places than the currency has
     * @return the money
     * @throws IllegalArgumentException if the amount has too many decimal places
     */
    public static Money of(Currency currency, BigDecimal amount) {
        return new Money(amount, currency);
    }

    /**
     * Returns an amount rounded to the currency's scale.
     *
     * @param currency the currency
     * @param amount the amount, of any scale
     * @param rounding how to round to the currency's scale
     * @return the money
     */
    public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    /**
     * Returns an exact amount in the currency with the given ISO 4217 code.
     *
     * @param currencyCode the ISO 4217 code, such as {@code "EUR"}
     * @param amount the amount
     * @return the money
     * @throws IllegalArgumentException if the code is unknown or the amount has too many decimals
     */
    public static Money of(String currencyCode, BigDecimal amount) {
        return new Money(amount, currency(currencyCode));
    }

    /**
     * Returns a whole amount in the currency with the given ISO 4217 code.
     *
     * @param currencyCode the ISO 4217 code, such as {@code "EUR"}
     * @param amount the whole amount
     * @return the money
     * @throws IllegalArgumentException if the code is unknown
     */
    public static Money of(String currencyCode, long amount) {
        return new Money(BigDecimal.valueOf(amount), currency(currencyCode));
    }

    /**
     * Returns zero in the given currency.
     *
     * @param currency the currency
     * @return zero, at the currency's scale
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Parses the form written by {@link #toString()}: an ISO 4217 code, one space and a plain
     * decimal amount, as in {@code "EUR 1200.00"} or {@code "EUR 1200"}.
     *
     * @param text the text to parse
     * @return the money
     * @throws IllegalArgumentException if the text does not have that form, names an unknown
     *     currency or has too many decimal places for it
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("text must be '<ISO code> <amount>': " + text);
        }
        return new Money(new BigDecimal(matcher.group(2)), currency(matcher.group(1)));
    }

    /**
     * Returns the sum of the given amounts, or zero when there are none.
     *
     * @param currency the currency of the sum and of every amount
     * @param monies the amounts to add
     * @return the total
     * @throws CurrencyMismatchException if an amount is in another currency
     */
    public static Money total(Currency currency, Iterable<Money> monies) {
        Objects.requireNonNull(monies, "monies");
        Money sum = zero(currency);
        for (Money money : monies) {
            sum = sum.plus(money);
        }
        return sum;
    }

    /**
     * Returns this plus the other amount.
     *
     * @param other the amount to add, in the same currency
     * @return the sum
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Returns this minus the other amount.
     *
     * @param other the amount to subtract, in the same currency
     * @return the difference
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Returns this amount times a whole number, exactly.
     *
     * @param factor the factor
     * @return the product
     */
    public Money multipliedBy(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * Returns this amount times a decimal factor, rounded to the currency's scale.
     *
     * @param factor the factor
     * @param rounding how to round the product
     * @return the product
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.multiply(factor).setScale(amount.scale(), rounding), currency);
    }

    /**
     * Returns this amount divided by a whole number, rounded to the currency's scale.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round the quotient
     * @return the quotient
     * @throws IllegalArgumentException if the divisor is zero
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        return dividedBy(BigDecimal.valueOf(divisor), rounding);
    }

    /**
     * Returns this amount divided by a decimal, rounded to the currency's scale.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round the quotient
     * @return the quotient
     * @throws IllegalArgumentException if the divisor is zero
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(rounding, "rounding");
        if (divisor.signum() == 0) {
            throw new IllegalArgumentException("divisor must not be zero: " + divisor.toPlainString());
        }
        return new Money(amount.divide(divisor, amount.scale(), rounding), currency);
    }

    /**
     * Returns this amount divided by another of the same currency: "revenue per sale is 0.6 of the
     * team's".
     *
     * @param other the divisor, not zero
     * @param context the precision and rounding of the quotient
     * @return the quotient
     * @throws CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if the other amount is zero
     */
    public BigDecimal ratioTo(Money other, MathContext context) {
        requireSameCurrency(other);
        Objects.requireNonNull(context, "context");
        if (other.isZero()) {
            throw new IllegalArgumentException("other must not be zero: " + other);
        }
        return amount.divide(other.amount, context);
    }

    /**
     * Returns this amount with the opposite sign.
     *
     * @return the negated amount
     */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Returns this amount without its sign.
     *
     * @return the absolute amount
     */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Tells whether the amount is above zero.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Tells whether the amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Tells whether the amount is zero or above.
     *
     * @return true if not negative
     */
    public boolean isPositiveOrZero() {
        return amount.signum() >= 0;
    }

    /**
     * Compares the amounts of two monies of the same currency.
     *
     * @param other the amount to compare with
     * @return a negative number, zero or a positive number as this is less, equal or greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public int compareAmountTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * Tells whether this amount is greater than the other.
     *
     * @param other the amount to compare with, in the same currency
     * @return true if greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareAmountTo(other) > 0;
    }

    /**
     * Tells whether this amount is less than the other.
     *
     * @param other the amount to compare with, in the same currency
     * @return true if less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareAmountTo(other) < 0;
    }

    /**
     * Returns the currency code, one space and the plain amount: {@code "EUR 1200.00"}.
     * {@link #parse(CharSequence)} reads it back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    private static int scaleOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currencyCode must be an ISO 4217 code: " + code, e);
        }
    }
}
