package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate NEW_YEAR_2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate WEDNESDAY_2026_03_11 = LocalDate.of(2026, 3, 11);
    private static final SalesPeriod Q1_2026 = SalesPeriod.ofQuarter(2026, 1);
    private static final SalesPeriod TEN_DAYS_FROM_MARCH_11 = SalesPeriod.of(WEDNESDAY_2026_03_11, LocalDate.of(2026, 3, 20));

    @Test
    void ofMonth_february2024_hasLeapDay() {
        SalesPeriod february = SalesPeriod.ofMonth(YearMonth.of(2024, 2));

        assertThat(february).isEqualTo(SalesPeriod.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(february.days()).isEqualTo(29);
    }

    @Test
    void ofQuarter_eachQuarter_coversItsThreeMonths() {
        assertThat(SalesPeriod.ofQuarter(2026, 1)).hasToString("2026-01-01/2026-03-31");
        assertThat(SalesPeriod.ofQuarter(2026, 2)).hasToString("2026-04-01/2026-06-30");
        assertThat(SalesPeriod.ofQuarter(2026, 3)).hasToString("2026-07-01/2026-09-30");
        assertThat(SalesPeriod.ofQuarter(2026, 4)).hasToString("2026-10-01/2026-12-31");
    }

    @Test
    void ofQuarter_zero_throws() {
        assertThatThrownBy(() -> SalesPeriod.ofQuarter(2026, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quarter must be 1 to 4: 0");
    }

    @Test
    void ofQuarter_five_throws() {
        assertThatThrownBy(() -> SalesPeriod.ofQuarter(2026, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quarter must be 1 to 4: 5");
    }

    @Test
    void ofYear_2026_isWholeYear() {
        SalesPeriod year = SalesPeriod.ofYear(2026);

        assertThat(year.start()).isEqualTo(NEW_YEAR_2026);
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(year.days()).isEqualTo(365);
    }

    @Test
    void ofWeek_mondayStart_startsOnPrecedingMonday() {
        assertThat(SalesPeriod.ofWeek(WEDNESDAY_2026_03_11, DayOfWeek.MONDAY))
                .isEqualTo(SalesPeriod.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15)));
    }

    @Test
    void ofWeek_sundayStart_startsOnPrecedingSunday() {
        assertThat(SalesPeriod.ofWeek(WEDNESDAY_2026_03_11, DayOfWeek.SUNDAY))
                .isEqualTo(SalesPeriod.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 14)));
    }

    @Test
    void ofWeek_dayIsWeekStart_startsThatDay() {
        LocalDate sunday = LocalDate.of(2026, 3, 8);

        assertThat(SalesPeriod.ofWeek(sunday, DayOfWeek.SUNDAY).start()).isEqualTo(sunday);
    }

    @Test
    void of_endBeforeStart_throws() {
        assertThatThrownBy(() -> SalesPeriod.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must not be before start 2026-03-31: 2026-03-01");
    }

    @Test
    void of_sameDay_isOneDay() {
        assertThat(SalesPeriod.of(NEW_YEAR_2026, NEW_YEAR_2026).days()).isEqualTo(1);
    }

    @Test
    void of_nullStart_throwsNamingStart() {
        assertThatThrownBy(() -> SalesPeriod.of(null, NEW_YEAR_2026))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("start");
    }

    @Test
    void contains_bothEnds_true() {
        assertThat(Q1_2026.contains(NEW_YEAR_2026)).isTrue();
        assertThat(Q1_2026.contains(LocalDate.of(2026, 3, 31))).isTrue();
    }

    @Test
    void contains_daysOutside_false() {
        assertThat(Q1_2026.contains(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(Q1_2026.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void days_q1_2026_is90() {
        assertThat(Q1_2026.days()).isEqualTo(90);
    }

    @Test
    void previous_q2_isQ1() {
        assertThat(SalesPeriod.ofQuarter(2026, 2).previous()).isEqualTo(Q1_2026);
    }

    @Test
    void previous_q1_isQ4OfPreviousYear() {
        assertThat(Q1_2026.previous()).isEqualTo(SalesPeriod.ofQuarter(2025, 4));
    }

    @Test
    void previous_march_isFebruary() {
        assertThat(SalesPeriod.ofMonth(YearMonth.of(2026, 3)).previous()).isEqualTo(SalesPeriod.ofMonth(YearMonth.of(2026, 2)));
    }

    @Test
    void previous_year_isPreviousYear() {
        assertThat(SalesPeriod.ofYear(2026).previous()).isEqualTo(SalesPeriod.ofYear(2025));
    }

    @Test
    void previous_tenDays_isTheTenDaysBefore() {
        SalesPeriod before = TEN_DAYS_FROM_MARCH_11.previous();

        assertThat(before).isEqualTo(SalesPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)));
        assertThat(before.days()).isEqualTo(10);
    }

    @Test
    void toString_q1_isIsoRange() {
        assertThat(Q1_2026).hasToString("2026-01-01/2026-03-31");
    }

    @Test
    void parse_toString_roundTrips() {
        assertThat(SalesPeriod.parse(Q1_2026.toString())).isEqualTo(Q1_2026);
        assertThat(SalesPeriod.parse(TEN_DAYS_FROM_MARCH_11.toString())).isEqualTo(TEN_DAYS_FROM_MARCH_11);
    }

    @Test
    void parse_noSlash_throws() {
        assertThatThrownBy(() -> SalesPeriod.parse("2026-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be '<start>/<end>' in ISO dates: 2026-01-01");
    }

    @Test
    void parse_leadingSlash_throws() {
        assertThatThrownBy(() -> SalesPeriod.parse("/2026-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be '<start>/<end>' in ISO dates: /2026-01-01");
    }

    @Test
    void parse_badDate_throws() {
        assertThatThrownBy(() -> SalesPeriod.parse("2026-13-01/2026-12-31"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be '<start>/<end>' in ISO dates: 2026-13-01/2026-12-31");
    }

    @Test
    void parse_endBeforeStart_throwsOrderMessage() {
        assertThatThrownBy(() -> SalesPeriod.parse("2026-03-31/2026-03-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must not be before start 2026-03-31: 2026-03-01");
    }
}
