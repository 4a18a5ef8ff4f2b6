package io.github.kpiengine.examples.crm;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a file writes amounts: the decimal separator and the thousands separator of a locale (none
 * without one), a currency symbol or ISO code allowed before or after the number ({@code $30,000.00},
 * {@code 30.000,00 €}, {@code EUR 30,000.00}), and the currency of cells that carry none. Groups of
 * three digits are checked, so a decimal comma is never read as a thousands separator. Immutable and
 * thread-safe.
 */
final class AmountFormat {

    /** Plain numbers such as {@code 30000.50}: a decimal point, no thousands separator. */
    static final AmountFormat PLAIN = new AmountFormat(null, null);

    private final Locale locale;
    private final char decimal;
    private final char grouping;
    private final Currency defaultCurrency;
    private final Map<String, Currency> symbols;

    AmountFormat(Locale locale, Currency defaultCurrency) {
        this.locale = locale;
        this.defaultCurrency = defaultCurrency;
        if (locale == null) {
            decimal = '.';
            grouping = 0;
        } else {
            DecimalFormatSymbols format = DecimalFormatSymbols.getInstance(locale);
            decimal = format.getMonetaryDecimalSeparator();
            grouping = format.getMonetaryGroupingSeparator();
        }
        symbols = symbols(locale, defaultCurrency);
    }

    private static Map<String, Currency> symbols(Locale locale, Currency defaultCurrency) {
        Map<String, Currency> symbols = new HashMap<>();
        Locale in = locale != null ? locale : Locale.ROOT;
        for (Currency currency : Currency.getAvailableCurrencies()) {
            String symbol = currency.getSymbol(in);
            if (!symbol.equals(currency.getCurrencyCode())) {
                symbols.putIfAbsent(symbol, currency);
            }
        }
        // Where a symbol is shared ($, kr), the locale's own currency and then the default win.
        Currency own = null;
        try {
            own = locale != null && !locale.getCountry().isEmpty() ? Currency.getInstance(locale) : null;
        } catch (IllegalArgumentException e) {
            own = null;
        }
        for (Currency preferred : new Currency[] {own, defaultCurrency}) {
            if (preferred != null) {
                symbols.put(preferred.getSymbol(in), preferred);
            }
        }
        symbols.putIfAbsent("€", Currency.getInstance("EUR"));
        symbols.putIfAbsent("£", Currency.getInstance("GBP"));
        symbols.putIfAbsent("$", Currency.getInstance("USD"));
        return Map.copyOf(symbols);
    }

    Locale locale() {
        return locale;
    }

    Currency defaultCurrency() {
        return defaultCurrency;
    }

    /**
     * An amount read from a cell: the number and the currency the cell names, if any.
     *
     * @param value the number
     * @param currency the currency named in the cell, or null
     */
    record Amount(BigDecimal value, Currency currency) {
    }

    /**
     * Reads a cell.
     *
     * @return the amount
     * @throws IllegalArgumentException with the reason when the cell is not an amount
     */
    Amount parse(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && !isNumberChar(cell.charAt(start))) {
            start++;
        }
        while (end > start && !isNumberChar(cell.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException("no number");
        }
        String before = cell.substring(0, start).strip();
        String after = cell.substring(end).strip();
        if (!before.isEmpty() && !after.isEmpty()) {
            throw new IllegalArgumentException("text before and after the number");
        }
        Currency currency = null;
        String mark = before.isEmpty() ? after : before;
        if (!mark.isEmpty()) {
            currency = currency(mark);
        }
        return new Amount(number(cell.substring(start, end)), currency);
    }

    private boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == decimal;
    }

    private Currency currency(String mark) {
        Currency currency = symbols.get(mark);
        if (currency != null) {
            return currency;
        }
        if (mark.length() == 3 && mark.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            try {
                return Currency.getInstance(mark);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + mark + "' is not an ISO 4217 currency code");
            }
        }
        throw new IllegalArgumentException("'" + mark + "' is not a currency symbol or code");
    }

    private BigDecimal number(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no number");
        }
        StringBuilder plain = new StringBuilder(text.length());
        int digitsInGroup = 0;
        int groups = 0;
        boolean afterDecimal = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                digitsInGroup++;
            } else if (c == '-' && i == 0) {
                plain.append(c);
            } else if (c == decimal && !afterDecimal) {
                lastGroup(groups, digitsInGroup);
                afterDecimal = true;
                plain.append('.');
                digitsInGroup = 0;
                groups = -1;
            } else if (isGrouping(c) && !afterDecimal && digitsInGroup > 0) {
                if (groups == 0 ? digitsInGroup > 3 : digitsInGroup != 3) {
                    throw new IllegalArgumentException("digits grouped by other than three");
                }
                groups++;
                digitsInGroup = 0;
            } else {
                throw new IllegalArgumentException("'" + c + "' in the number");
            }
        }
        if (!afterDecimal) {
            lastGroup(groups, digitsInGroup);
        }
        try {
            return new BigDecimal(plain.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    private boolean isGrouping(char c) {
        if (grouping == 0) {
            return false;
        }
        // Locales that group with a (narrow) no-break space also see a plain space in exports.
        return c == grouping || (Character.isSpaceChar(grouping) && Character.isSpaceChar(c));
    }

    /** The group before the decimal separator or the end: three digits when any separator came before. */
    private static void lastGroup(int groups, int digits) {
        if (groups > 0 && digits != 3) {
            throw new IllegalArgumentException("digits grouped by other than three");
        }
    }
}
