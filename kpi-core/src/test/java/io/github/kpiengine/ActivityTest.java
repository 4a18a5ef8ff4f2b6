package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final String ANN = "ann";
    private static final LocalDate MARCH_4 = LocalDate.of(2026, 3, 4);
    private static final Duration NINETY_MINUTES = Duration.ofMinutes(90);

    @Test
    void of_countedType_hasNoExtras() {
        Activity call = Activity.of(ANN, ActivityType.COLD_CALL, MARCH_4);

        assertThat(call.repId()).isEqualTo(ANN);
        assertThat(call.type()).isEqualTo(ActivityType.COLD_CALL);
        assertThat(call.date()).isEqualTo(MARCH_4);
        assertThat(call.duration()).isEqualTo(Duration.ZERO);
        assertThat(call.outcome()).isEqualTo(Outcome.NONE);
        assertThat(call.attributes()).isEmpty();
        assertThat(call.account()).isEmpty();
        assertThat(call.opportunity()).isEmpty();
    }

    @Test
    void of_timedType_throwsForMissingDuration() {
        assertThatThrownBy(() -> Activity.of(ANN, ActivityType.SOCIAL_SELLING, MARCH_4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must be positive for timed type social_selling: PT0S");
    }

    @Test
    void builder_allFields_buildsActivity() {
        Activity visit = Activity.builder(ANN, ActivityType.SITE_VISIT, MARCH_4)
                .account("acme")
                .opportunity("opp-17")
                .outcome(Outcome.REFERRAL_LIST)
                .attribute("segment", "smb")
                .attribute("campaign", "spring_2026")
                .build();

        assertThat(visit.account()).contains("acme");
        assertThat(visit.opportunity()).contains("opp-17");
        assertThat(visit.outcome()).isEqualTo(Outcome.REFERRAL_LIST);
        assertThat(visit.attributes()).containsExactlyInAnyOrderEntriesOf(
                Map.of("segment", "smb", "campaign", "spring_2026"));
        assertThat(visit.attribute("segment")).contains("smb");
        assertThat(visit.attribute("seniority")).isEmpty();
    }

    @Test
    void builder_attributeSetTwice_keepsLastValue() {
        Activity call = Activity.builder(ANN, ActivityType.COLD_CALL, MARCH_4)
                .attribute("segment", "smb")
                .attribute("segment", "enterprise")
                .build();

        assertThat(call.attribute("segment")).contains("enterprise");
        assertThat(call.attributes()).hasSize(1);
    }

    @Test
    void builder_timedWithDuration_buildsActivity() {
        Activity session = Activity.builder(ANN, ActivityType.ON_SITE_SESSION, MARCH_4)
                .duration(NINETY_MINUTES)
                .build();

        assertThat(session.duration()).isEqualTo(NINETY_MINUTES);
    }

    @Test
    void builder_countedWithDuration_throws() {
        assertThatThrownBy(() -> Activity.builder(ANN, ActivityType.DEMO, MARCH_4)
                .duration(NINETY_MINUTES).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must be zero for counted type demo: PT1H30M");
    }

    @Test
    void builder_timedWithNegativeDuration_throws() {
        assertThatThrownBy(() -> Activity.builder(ANN, ActivityType.SOCIAL_SELLING, MARCH_4)
                .duration(Duration.ofHours(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must be positive for timed type social_selling: PT-1H");
    }

    @Test
    void builder_nullDuration_throwsNamingIt() {
        assertThatThrownBy(() -> Activity.builder(ANN, ActivityType.DEMO, MARCH_4).duration(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("duration");
    }

    @Test
    void builder_badAttributeKey_throws() {
        assertThatThrownBy(() -> Activity.builder(ANN, ActivityType.DEMO, MARCH_4)
                .attribute("Segment", "smb").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute key must be a lower-case identifier of at most 64 characters "
                        + "([a-z][a-z0-9_]*): 'Segment'");
    }

    @Test
    void builder_nullAttributeKeyOrValue_throws() {
        Activity.Builder builder = Activity.builder(ANN, ActivityType.DEMO, MARCH_4);
        assertThatThrownBy(() -> builder.attribute(null, "smb"))
                .isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> builder.attribute("segment", null))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void constructor_nullAttributeValue_throws() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("segment", null);
        assertThatThrownBy(() -> new Activity(ANN, ActivityType.DEMO, MARCH_4, Optional.empty(), Optional.empty(),
                Duration.ZERO, Outcome.NONE, attributes))
                .isInstanceOf(NullPointerException.class).hasMessage("attribute value");
    }

    @Test
    void builder_sixteenAttributes_accepted() {
        Activity.Builder builder = Activity.builder(ANN, ActivityType.DEMO, MARCH_4);
        for (int i = 0; i < Activity.MAX_ATTRIBUTES; i++) {
            builder.attribute("key_" + i, "v" + i);
        }

        assertThat(builder.build().attributes()).hasSize(16);
    }

    @Test
    void builder_seventeenAttributes_throws() {
        Activity.Builder builder = Activity.builder(ANN, ActivityType.DEMO, MARCH_4);
        for (int i = 0; i < 17; i++) {
            builder.attribute("key_" + i, "v" + i);
        }

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attributes must have at most 16 entries: 17");
    }

    @Test
    void constructor_sourceMapMutatedAfterwards_activityUnchanged() {
        Map<String, String> source = new HashMap<>();
        source.put("segment", "smb");
        Activity call = new Activity(ANN, ActivityType.COLD_CALL, MARCH_4, Optional.empty(), Optional.empty(), Duration.ZERO,
                Outcome.NONE, source);

        source.put("segment", "enterprise");
        source.put("campaign", "spring");

        assertThat(call.attributes()).containsExactlyEntriesOf(Map.of("segment", "smb"));
    }

    @Test
    void builder_reusedAfterBuild_earlierActivityUnchanged() {
        Activity.Builder builder = Activity.builder(ANN, ActivityType.COLD_CALL, MARCH_4)
                .attribute("segment", "smb");
        Activity first = builder.build();

        builder.attribute("campaign", "spring");

        assertThat(first.attributes()).containsOnlyKeys("segment");
        assertThat(builder.build().attributes()).containsOnlyKeys("segment", "campaign");
    }

    @Test
    void attributes_isUnmodifiable() {
        Activity call = Activity.builder(ANN, ActivityType.COLD_CALL, MARCH_4).attribute("segment", "smb").build();

        assertThatThrownBy(() -> call.attributes().put("campaign", "spring"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void attribute_nullKey_throwsNamingIt() {
        Activity call = Activity.of(ANN, ActivityType.COLD_CALL, MARCH_4);

        assertThatThrownBy(() -> call.attribute(null))
                .isInstanceOf(NullPointerException.class).hasMessage("key");
    }

    @Test
    void constructor_blankRepId_throws() {
        assertThatThrownBy(() -> Activity.of(" ", ActivityType.COLD_CALL, MARCH_4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repId must not be blank: ' '");
    }

    @Test
    void builder_blankAccountOrOpportunity_throws() {
        assertThatThrownBy(() -> Activity.builder(ANN, ActivityType.DEMO, MARCH_4).account("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("account must not be blank: ''");
        assertThatThrownBy(() -> Activity.builder(ANN, ActivityType.DEMO, MARCH_4).opportunity("opp-1 ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opportunity must not start or end with white space: 'opp-1 '");
    }

    @Test
    void constructor_nulls_throwNamingArgument() {
        assertThatThrownBy(() -> Activity.of(null, ActivityType.DEMO, MARCH_4))
                .isInstanceOf(NullPointerException.class).hasMessage("repId");
        assertThatThrownBy(() -> Activity.of(ANN, null, MARCH_4))
                .isInstanceOf(NullPointerException.class).hasMessage("type");
        assertThatThrownBy(() -> Activity.of(ANN, ActivityType.DEMO, null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
        assertThatThrownBy(() -> Activity.builder(ANN, ActivityType.DEMO, MARCH_4).outcome(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("outcome");
        assertThatThrownBy(() -> new Activity(ANN, ActivityType.DEMO, MARCH_4, Optional.empty(), Optional.empty(), Duration.ZERO,
                Outcome.NONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("attributes");
    }

    @Test
    void equals_sameComponents_equalAndSameHash() {
        Activity one = Activity.builder(ANN, ActivityType.DEMO, MARCH_4).account("acme").attribute("segment", "smb").build();
        Activity two = Activity.builder(ANN, ActivityType.DEMO, MARCH_4).account("acme").attribute("segment", "smb").build();

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one).isNotEqualTo(Activity.builder(ANN, ActivityType.DEMO, MARCH_4).account("acme").build());
    }

    @Test
    void toString_namesComponents() {
        Activity call = Activity.builder(ANN, ActivityType.COLD_CALL, MARCH_4).account("acme").build();

        assertThat(call.toString()).startsWith("Activity[").contains("repId=ann", "type=cold_call",
                "date=2026-03-04", "account=Optional[acme]", "outcome=NONE");
    }
}
