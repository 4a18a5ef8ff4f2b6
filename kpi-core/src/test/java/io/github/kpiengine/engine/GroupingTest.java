package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.WorkCalendar;
import org.junit.jupiter.api.Test;

class GroupingTest {

    @Test
    void byRepAndWeek_calendar_keepsIt() {
        assertThat(Grouping.byRepAndWeek(WorkCalendar.standard()))
                .isEqualTo(new Grouping.ByRepAndWeek(WorkCalendar.standard()));
    }

    @Test
    void byRepAndWeek_nullCalendar_throws() {
        assertThatThrownBy(() -> Grouping.byRepAndWeek(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("calendar");
    }

    @Test
    void byOrgUnit_nullTree_throws() {
        assertThatThrownBy(() -> Grouping.byOrgUnit(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("tree");
    }

    @Test
    void byRep_always_equalsAnotherByRep() {
        assertThat(Grouping.byRep()).isEqualTo(new Grouping.ByRep());
    }
}
