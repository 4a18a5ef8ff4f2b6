package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivityTypeTest {

    private static final ActivityType WEBINAR = ActivityType.counted("webinar", "Webinar");
    private static final ActivityType VIDEO_CALL_HOURS = ActivityType.timed("video_call_hours", "Video calls");

    @Test
    void counted_validId_isNotTimed() {
        assertThat(WEBINAR.id()).isEqualTo("webinar");
        assertThat(WEBINAR.displayName()).isEqualTo("Webinar");
        assertThat(WEBINAR.measure()).isEqualTo(ActivityType.Measure.COUNTED);
        assertThat(WEBINAR.isTimed()).isFalse();
    }

    @Test
    void timed_validId_isTimed() {
        assertThat(VIDEO_CALL_HOURS.measure()).isEqualTo(ActivityType.Measure.TIMED);
        assertThat(VIDEO_CALL_HOURS.isTimed()).isTrue();
    }

    @Test
    void constructor_upperCaseId_throwsWithRule() {
        assertThatThrownBy(() -> ActivityType.counted("Cold_Call", "Cold call"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be a lower-case identifier of at most 64 characters "
                        + "([a-z][a-z0-9_]*): 'Cold_Call'");
    }

    @Test
    void constructor_idStartingWithDigit_throws() {
        assertThatThrownBy(() -> ActivityType.counted("1st_call", "First call"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id must be a lower-case identifier");
    }

    @Test
    void constructor_idWithHyphenOrSpace_throws() {
        assertThatThrownBy(() -> ActivityType.counted("cold-call", "Cold call"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityType.counted("cold call", "Cold call"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityType.counted("", "Cold call"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_idOver64Characters_throws() {
        String sixtyFour = "a".repeat(64);
        assertThat(ActivityType.counted(sixtyFour, "Long").id()).isEqualTo(sixtyFour);
        assertThatThrownBy(() -> ActivityType.counted(sixtyFour + "a", "Long"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_blankDisplayName_throws() {
        assertThatThrownBy(() -> ActivityType.counted("webinar", "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("displayName must not be blank: '  '");
        assertThatThrownBy(() -> ActivityType.counted("webinar", " Webinar"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("displayName must not start or end with white space: ' Webinar'");
    }

    @Test
    void constructor_nulls_throwNamingArgument() {
        assertThatThrownBy(() -> ActivityType.counted(null, "Webinar"))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> ActivityType.counted("webinar", null))
                .isInstanceOf(NullPointerException.class).hasMessage("displayName");
        assertThatThrownBy(() -> new ActivityType("webinar", "Webinar", null))
                .isInstanceOf(NullPointerException.class).hasMessage("measure");
    }

    @Test
    void standard_elevenConstants_inFixedOrder() {
        assertThat(ActivityType.standard()).containsExactly(
                ActivityType.COLD_CALL, ActivityType.PROSPECTING_CALL, ActivityType.FIRST_APPOINTMENT,
                ActivityType.DEMO, ActivityType.SITE_VISIT, ActivityType.SURVEY, ActivityType.PROPOSAL,
                ActivityType.NEGOTIATION, ActivityType.REFERRAL_REQUEST, ActivityType.ON_SITE_SESSION,
                ActivityType.SOCIAL_SELLING);
        assertThat(ActivityType.standard()).hasSize(11);
    }

    @Test
    void standard_onlyOnSiteSessionAndSocialSelling_areTimed() {
        assertThat(ActivityType.standard()).filteredOn(ActivityType::isTimed)
                .containsExactly(ActivityType.ON_SITE_SESSION, ActivityType.SOCIAL_SELLING);
    }

    @Test
    void standard_ids_areUnique() {
        assertThat(ActivityType.standard()).extracting(ActivityType::id).doesNotHaveDuplicates()
                .contains("cold_call", "first_appointment", "social_selling");
    }

    @Test
    void standard_isUnmodifiable() {
        assertThatThrownBy(() -> ActivityType.standard().add(WEBINAR))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equals_sameComponents_equalAndSameHash() {
        ActivityType copy = ActivityType.counted("demo", "Demo");
        assertThat(copy).isEqualTo(ActivityType.DEMO).hasSameHashCodeAs(ActivityType.DEMO);
        assertThat(ActivityType.timed("demo", "Demo")).isNotEqualTo(ActivityType.DEMO);
        assertThat(ActivityType.counted("demo", "Product demo")).isNotEqualTo(ActivityType.DEMO);
    }

    @Test
    void toString_returnsId() {
        assertThat(ActivityType.FIRST_APPOINTMENT).hasToString("first_appointment");
    }
}
