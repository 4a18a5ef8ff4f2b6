package io.github.kpiengine;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when two amounts of different currencies meet in one operation. Money is never converted
 * or added across currencies silently; the exception carries both currencies so that the caller
 * can say which figures disagreed.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The currency of the left-hand operand. */
    private final transient Currency first;
    /** The currency of the right-hand operand. */
    private final transient Currency second;

    /**
     * Creates the exception for the two currencies that met.
     *
     * @param first the currency of the left-hand operand
     * @param second the currency of the right-hand operand
     */
    public CurrencyMismatchException(Currency first, Currency second) {
        super("Currencies differ: " + Objects.requireNonNull(first, "first").getCurrencyCode()
                + "/" + Objects.requireNonNull(second, "second").getCurrencyCode());
        this.first = first;
        this.second = second;
    }

    /**
     * Creates the exception with a message that names the field at fault, such as
     * {@code "averageDeal must be in the currency of target (EUR): USD 30000.00"}.
     *
     * @param message the message, naming the field and the value
     * @param expected the currency that was expected
     * @param actual the currency that was found
     */
    public CurrencyMismatchException(String message, Currency expected, Currency actual) {
        super(Objects.requireNonNull(message, "message"));
        this.first = Objects.requireNonNull(expected, "expected");
        this.second = Objects.requireNonNull(actual, "actual");
    }

    /**
     * Returns the currency of the left-hand operand.
     *
     * @return the first currency
     */
    public Currency first() {
        return first;
    }

    /**
     * Returns the currency of the right-hand operand.
     *
     * @return the second currency
     */
    public Currency second() {
        return second;
    }
}
