package io.github.kpiengine.examples.cli;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.examples.crm.Text;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The picocli converters of the tool's value types; their messages become one-line errors. */
final class Converters {

    private static final String NOT_A_RATIO = "%s is not a ratio from 0%% to 100%%, such as '65%%' or '0.65'";

    private Converters() {
    }

    /** Reads {@code "EUR 1200000"}. */
    static final class MoneyConverter implements ITypeConverter<Money> {
        @Override
        public Money convert(String value) {
            try {
                return Money.parse(value.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(Text.quote(value)
                        + " is not an amount such as 'EUR 1200000' (ISO currency code, space, amount with at most the "
                        + "currency's decimal places)");
            }
        }
    }

    /** Reads {@code "48"} or {@code "46.5"}. */
    static final class DecimalConverter implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            try {
                return new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(Text.quote(value) + " is not a decimal number such as 48 or 46.5");
            }
        }
    }

    /** Reads {@code "65%"} or {@code "0.65"}. */
    static final class RatioConverter implements ITypeConverter<Ratio> {
        @Override
        public Ratio convert(String value) {
            return ratio(value);
        }
    }

    /** Reads {@code "proposal=50%"}. */
    static final class StageRatioConverter implements ITypeConverter<StageRatio> {
        @Override
        public StageRatio convert(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new TypeConversionException(Text.quote(value) + " is not NAME=RATIO, such as 'proposal=50%'");
            }
            return new StageRatio(value.substring(0, eq).trim(), ratio(value.substring(eq + 1).trim()));
        }
    }

    /** Reads {@code "first_appointment=1.5"}. */
    static final class StageHoursConverter implements ITypeConverter<StageHours> {
        @Override
        public StageHours convert(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new TypeConversionException(Text.quote(value)
                        + " is not NAME=HOURS, such as 'first_appointment=1.5'");
            }
            BigDecimal hours;
            try {
                hours = new BigDecimal(value.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(Text.quote(value) + " has no decimal number of hours after '='");
            }
            if (hours.signum() < 0) {
                throw new TypeConversionException(Text.quote(value) + " has negative hours");
            }
            return new StageHours(value.substring(0, eq).trim(), hours);
        }
    }

    private static Ratio ratio(String value) {
        Ratio ratio;
        try {
            ratio = Ratio.parse(value.trim());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(NOT_A_RATIO.formatted(Text.quote(value)));
        }
        if (!ratio.isDefined()) {
            throw new TypeConversionException(NOT_A_RATIO.formatted(Text.quote(value)));
        }
        return ratio;
    }

    /**
     * A gateway given on the command line.
     *
     * @param name the stage's name
     * @param ratio the share of it that reaches the next stage
     */
    record StageRatio(String name, Ratio ratio) {
    }

    /**
     * The hours one activity of a stage takes, given on the command line.
     *
     * @param name the stage's name
     * @param hours the hours
     */
    record StageHours(String name, BigDecimal hours) {
    }
}
