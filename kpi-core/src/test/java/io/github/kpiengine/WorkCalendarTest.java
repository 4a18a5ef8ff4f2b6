package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    private static final WorkCalendar STANDARD = WorkCalendar.standard();
    private static final SalesPeriod YEAR_2026 = SalesPeriod.ofYear(2026);
    private static final LocalDate CHRISTMAS_2026_FRIDAY = LocalDate.of(2026, 12, 25);
    private static final LocalDate NEW_YEAR_2022_SATURDAY = LocalDate.of(2022, 1, 1);
    private static final LocalDate MONDAY_2026_03_02 = LocalDate.of(2026, 3, 2);
    private static final WorkCalendar THREE_DAY_WEEK = WorkCalendar.builder()
            .workingDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))
            .build();

    @Test
    void standard_defaults_mondayToFridayEightHoursNoHolidays() {
        assertThat(STANDARD.weekStart()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(STANDARD.workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(STANDARD.holidays()).isEmpty();
        assertThat(STANDARD.hoursPerDay()).isEqualByComparingTo("8");
    }

    @Test
    void isWorkingDay_weekdaySaturdayHoliday_onlyWeekdayWorked() {
        WorkCalendar calendar = WorkCalendar.builder().holiday(CHRISTMAS_2026_FRIDAY).build();

        assertThat(calendar.isWorkingDay(MONDAY_2026_03_02)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(calendar.isWorkingDay(CHRISTMAS_2026_FRIDAY)).isFalse();
    }

    @Test
    void workingDays_year2026_has261Weekdays() {
        assertThat(STANDARD.workingDays(YEAR_2026)).isEqualTo(261);
    }

    @Test
    void workingDays_weekdayHoliday_subtracted() {
        WorkCalendar calendar = WorkCalendar.builder().holiday(CHRISTMAS_2026_FRIDAY).build();

        assertThat(calendar.workingDays(YEAR_2026)).isEqualTo(260);
    }

    @Test
    void workingDays_holidayOnWeekend_notSubtracted() {
        WorkCalendar calendar = WorkCalendar.builder().holiday(NEW_YEAR_2022_SATURDAY).build();

        assertThat(calendar.workingDays(SalesPeriod.ofYear(2022))).isEqualTo(STANDARD.workingDays(SalesPeriod.ofYear(2022)));
    }

    @Test
    void workingDays_holidayOutsidePeriod_notSubtracted() {
        WorkCalendar calendar = WorkCalendar.builder().holiday(CHRISTMAS_2026_FRIDAY).build();
        SalesPeriod march = SalesPeriod.ofMonth(YearMonth.of(2026, 3));

        assertThat(calendar.workingDays(march)).isEqualTo(22);
    }

    @Test
    void workingDays_partialWeek_countsOnlyWeekdays() {
        SalesPeriod fridayToMonday = SalesPeriod.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9));

        assertThat(STANDARD.workingDays(fridayToMonday)).isEqualTo(2);
    }

    @Test
    void sellingWeeks_240WorkingDays_is48() {
        SalesPeriod fortyEightWeeks = SalesPeriod.of(MONDAY_2026_03_02, MONDAY_2026_03_02.plusWeeks(48).minusDays(1));

        assertThat(STANDARD.workingDays(fortyEightWeeks)).isEqualTo(240);
        assertThat(STANDARD.sellingWeeks(fortyEightWeeks)).isEqualByComparingTo("48");
    }

    @Test
    void sellingWeeks_sevenWorkingDays_isOnePointFour() {
        SalesPeriod sevenWorkingDays = SalesPeriod.of(MONDAY_2026_03_02, LocalDate.of(2026, 3, 10));

        assertThat(STANDARD.sellingWeeks(sevenWorkingDays)).isEqualTo(new BigDecimal("1.4"));
    }

    @Test
    void sellingWeeks_threeDayWeekNonTerminating_roundedToTenPlaces() {
        SalesPeriod mondayToWednesday = SalesPeriod.of(MONDAY_2026_03_02, LocalDate.of(2026, 3, 4));

        assertThat(THREE_DAY_WEEK.workingDays(mondayToWednesday)).isEqualTo(2);
        assertThat(THREE_DAY_WEEK.sellingWeeks(mondayToWednesday)).isEqualTo(new BigDecimal("0.6666666667"));
    }

    @Test
    void sellingWeeks_threeDayWeekOneDay_roundsHalfEvenDown() {
        SalesPeriod monday = SalesPeriod.of(MONDAY_2026_03_02, MONDAY_2026_03_02);

        assertThat(THREE_DAY_WEEK.sellingWeeks(monday)).isEqualTo(new BigDecimal("0.3333333333"));
    }

    @Test
    void workingHours_march2026_is22DaysTimesEight() {
        assertThat(STANDARD.workingHours(SalesPeriod.ofMonth(YearMonth.of(2026, 3)))).isEqualByComparingTo("176");
    }

    @Test
    void workingHours_halfHourDays_multipliesExactly() {
        WorkCalendar calendar = WorkCalendar.builder().hoursPerDay(new BigDecimal("7.5")).build();

        assertThat(calendar.workingHours(SalesPeriod.of(MONDAY_2026_03_02, LocalDate.of(2026, 3, 6))))
                .isEqualByComparingTo("37.5");
    }

    @Test
    void weekStartOf_sundayStart_precedingSunday() {
        WorkCalendar calendar = WorkCalendar.builder().weekStart(DayOfWeek.SUNDAY).build();

        assertThat(calendar.weekStartOf(LocalDate.of(2026, 3, 11))).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(calendar.weekStartOf(LocalDate.of(2026, 3, 8))).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void weekStartOf_standard_precedingMonday() {
        assertThat(STANDARD.weekStartOf(LocalDate.of(2026, 3, 8))).isEqualTo(MONDAY_2026_03_02);
    }

    @Test
    void weeks_march2026_cutAtPeriodEnds() {
        List<SalesPeriod> weeks = STANDARD.weeks(SalesPeriod.ofMonth(YearMonth.of(2026, 3)));

        assertThat(weeks).containsExactly(
                SalesPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)),
                SalesPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)),
                SalesPeriod.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15)),
                SalesPeriod.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22)),
                SalesPeriod.of(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 29)),
                SalesPeriod.of(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void weeks_sundayStart_splitsOnSundays() {
        WorkCalendar calendar = WorkCalendar.builder().weekStart(DayOfWeek.SUNDAY).build();

        List<SalesPeriod> weeks = calendar.weeks(SalesPeriod.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 10)));

        assertThat(weeks).containsExactly(
                SalesPeriod.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 7)),
                SalesPeriod.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 10)));
    }

    @Test
    void weeks_oneDay_isThatDay() {
        SalesPeriod monday = SalesPeriod.of(MONDAY_2026_03_02, MONDAY_2026_03_02);

        assertThat(STANDARD.weeks(monday)).containsExactly(monday);
    }

    @Test
    void hoursPerDay_zero_throws() {
        assertThatThrownBy(() -> WorkCalendar.builder().hoursPerDay(BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hoursPerDay must be positive: 0");
    }

    @Test
    void hoursPerDay_above24_throws() {
        assertThatThrownBy(() -> WorkCalendar.builder().hoursPerDay(new BigDecimal("24.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hoursPerDay must be at most 24: 24.5");
    }

    @Test
    void hoursPerDay_exactly24_accepted() {
        WorkCalendar calendar = WorkCalendar.builder().hoursPerDay(new BigDecimal("24")).build();

        assertThat(calendar.hoursPerDay()).isEqualByComparingTo("24");
    }

    @Test
    void hoursPerDay_null_throwsNamingIt() {
        assertThatThrownBy(() -> WorkCalendar.builder().hoursPerDay(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("hoursPerDay");
    }

    @Test
    void workingDays_emptySet_throws() {
        assertThatThrownBy(() -> WorkCalendar.builder().workingDays(Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workingDays must not be empty");
    }

    @Test
    void equals_sameSettingsBuilt_equalsStandard() {
        WorkCalendar built = WorkCalendar.builder()
                .weekStart(DayOfWeek.MONDAY)
                .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
                .hoursPerDay(new BigDecimal("8.00"))
                .build();

        assertThat(built).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
    }

    @Test
    void equals_differentHolidays_notEqual() {
        WorkCalendar withChristmas = WorkCalendar.builder().holiday(CHRISTMAS_2026_FRIDAY).build();

        assertThat(withChristmas).isNotEqualTo(STANDARD);
        assertThat(THREE_DAY_WEEK).isNotEqualTo(STANDARD);
    }

    @Test
    void holidays_sameDayTwice_keptOnce() {
        WorkCalendar calendar = WorkCalendar.builder()
                .holidays(List.of(CHRISTMAS_2026_FRIDAY, CHRISTMAS_2026_FRIDAY))
                .build();

        assertThat(calendar.holidays()).containsExactly(CHRISTMAS_2026_FRIDAY);
        assertThat(calendar.workingDays(YEAR_2026)).isEqualTo(260);
    }

    @Test
    void toString_standard_listsSettings() {
        assertThat(STANDARD).hasToString(
                "WorkCalendar[weekStart=MONDAY, workingDays=[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY],"
                        + " holidays=0, hoursPerDay=8]");
    }
}
