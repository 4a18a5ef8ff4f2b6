package io.github.kpiengine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Activity;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.engine.ActivityLog;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The advice rules of the practice, their texts and an app's own. */
class AdviceTest {

    /** The defaults with every minimum sample lowered to what the small team has. */
    private static final AdviceRules LENIENT = new AdviceRules(AdviceRules.defaults().rules().stream()
            .map(rule -> new AdviceRule(rule.id(), rule.figure(), rule.comparison(), rule.threshold(), 1)).toList());

    private static SalesReview review(AdviceRules rules, AdviceTexts texts) {
        return SalesReview.of(SmallTeam.input().advice(rules).texts(texts).build());
    }

    @Test
    void closingRatio_under65Percent_advised() {
        RepReview ann = review(LENIENT, AdviceTexts.defaults()).rep("ann");

        // Negotiation → won: 2 of 4, 50 %.
        Advice closing = ann.advice().stream().filter(a -> a.id().equals(AdviceRules.CLOSING_RATIO)).findFirst()
                .orElseThrow();
        assertThat(closing.label()).isEqualTo("Negotiation → Won");
        assertThat(closing.value()).isEqualByComparingTo("0.5");
        assertThat(closing.sample()).isEqualTo(4);
        assertThat(closing.text()).startsWith("Negotiation → Won: 50% of the proposals were won, under the 65% to aim"
                + " for (4 proposals).");
    }

    @Test
    void peerRules_revenuePerSaleBelowAndCycleLonger_advised() {
        SalesReview review = review(LENIENT, AdviceTexts.defaults());

        // Ann's revenue per sale is 61 % below her peers'; bob's cycle 69 % longer than his.
        assertThat(review.rep("ann").advice()).extracting(Advice::id).contains(AdviceRules.REVENUE_PER_SALE)
                .doesNotContain(AdviceRules.SALES_CYCLE);
        assertThat(review.rep("bob").advice()).extracting(Advice::id).contains(AdviceRules.SALES_CYCLE)
                .doesNotContain(AdviceRules.REVENUE_PER_SALE);
        Advice cycle = review.rep("bob").advice().stream().filter(a -> a.id().equals(AdviceRules.SALES_CYCLE))
                .findFirst().orElseThrow();
        assertThat(cycle.text()).startsWith("Sales cycle 69% longer than the peers' (3 deals won).");
    }

    @Test
    void minimumSample_notReached_silent() {
        // Under the defaults ann's closing ratio rests on 4 negotiations, fewer than 10.
        assertThat(review(AdviceRules.defaults(), AdviceTexts.defaults()).rep("ann").advice()).extracting(Advice::id)
                .containsExactly(AdviceRules.BAROMETER);
    }

    @Test
    void recordedRules_dataWithoutVisitsOrSellingHours_silent() {
        assertThat(review(LENIENT, AdviceTexts.defaults()).reps()).allSatisfy(rep -> assertThat(rep.advice())
                .extracting(Advice::id).doesNotContain(AdviceRules.EMPTY_HANDED_VISITS, AdviceRules.SELLING_TIME));
    }

    @Test
    void recordedRules_dataWithVisitsAndSellingHours_advised() {
        ActivityLog log = SmallTeam.log();
        LocalDate day = LocalDate.of(2026, 3, 10);
        for (int i = 0; i < 10; i++) {
            log.append(Activity.builder("ann", ActivityType.SITE_VISIT, day)
                    .outcome(i < 3 ? Outcome.ORDER_COMMITMENT : Outcome.NONE).build());
        }
        log.append(Activity.builder("ann", ActivityType.SOCIAL_SELLING, day).duration(Duration.ofHours(100)).build());
        SalesReview review = SalesReview.of(ReviewInput.builder(log, SmallTeam.ORG, SmallTeam.PIPELINE,
                SmallTeam.CALENDAR).reviewed(SmallTeam.Q1).planned(SmallTeam.Q2).matureCohorts(SmallTeam.JANUARY_FEBRUARY)
                .paceWindow(SmallTeam.MARCH).opportunityStage("meeting").targets(ReviewTargets.perRep(SmallTeam.TARGETS))
                .build());

        // 3 of 10 visits productive; 100 hours of 512 (64 working days × 8 hours) is 19.5 %.
        RepReview ann = review.rep("ann");
        assertThat(ann.advice()).extracting(Advice::id).contains(AdviceRules.EMPTY_HANDED_VISITS,
                AdviceRules.SELLING_TIME);
        assertThat(ann.advice()).filteredOn(a -> a.id().equals(AdviceRules.SELLING_TIME)).singleElement()
                .satisfies(a -> assertThat(a.text()).startsWith("Selling time is 20% of the working week, under the 40%"));
        // Bob logged no visit and no hour: the organisation records them, but bob's visit rate is undefined and his
        // selling time zero.
        assertThat(review.rep("bob").advice()).extracting(Advice::id).contains(AdviceRules.SELLING_TIME)
                .doesNotContain(AdviceRules.EMPTY_HANDED_VISITS);
    }

    @Test
    void appRule_withItsOwnText() {
        ResourceBundle words = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"win_rate_low", "Win rate {1,number,percent}: qualify harder."}};
            }
        };
        AdviceRules rules = AdviceRules.none()
                .with(AdviceRule.below("win_rate_low", ReviewFigure.kpi("win_rate"), new BigDecimal("0.25"), 10));

        RepReview ann = review(rules, AdviceTexts.of(words)).rep("ann");

        assertThat(ann.advice()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("win_rate_low");
            assertThat(a.label()).isEqualTo("Win rate");
            assertThat(a.text()).isEqualTo("Win rate 10%: qualify harder.");
        });
    }

    @Test
    void texts_callersBundle_replacesOneTextAndKeepsTheOthers() {
        ResourceBundle words = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{AdviceRules.BAROMETER, "Pace {1,number,percent}."}};
            }
        };
        AdviceTexts texts = AdviceTexts.defaults().with(words);

        assertThat(review(AdviceRules.defaults(), texts).rep("dee").advice()).extracting(Advice::text)
                .satisfiesExactly(first -> assertThat(first).startsWith("First meeting → Demo: 60% of the first"),
                        second -> assertThat(second).isEqualTo("Pace 70%."));
    }

    @Test
    void texts_german_replaceEveryText() {
        RepReview dee = review(AdviceRules.defaults(), AdviceTexts.of(Locale.GERMAN)).rep("dee");

        // German writes a no-break space before the percent sign.
        assertThat(dee.advice()).extracting(Advice::text).satisfiesExactly(
                first -> assertThat(first).startsWith("First meeting → Demo: 60\u00a0% der Ersttermine führten"),
                second -> assertThat(second).startsWith("Aktivitätsbarometer bei 70\u00a0%"));
    }

    @Test
    void texts_englishOnAGermanMachine_english() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(AdviceTexts.of(Locale.ENGLISH).pattern(AdviceRules.BAROMETER).orElseThrow())
                    .startsWith("Activity barometer at");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void texts_noTextAnywhere_labelAndValue() {
        assertThat(AdviceTexts.defaults().text("unknown_rule", "Win rate", new BigDecimal("0.1"), BigDecimal.ONE, 3))
                .isEqualTo("Win rate: 0.1");
    }

    @Test
    void defaults_everyRuleHasAnEnglishAndAGermanText() {
        for (AdviceRule rule : AdviceRules.defaults().rules()) {
            assertThat(AdviceTexts.defaults().pattern(rule.id())).as(rule.id()).isPresent();
            assertThat(ResourceBundle.getBundle(AdviceTexts.BUNDLE, Locale.GERMAN).getLocale())
                    .isEqualTo(Locale.GERMAN);
            assertThat(AdviceTexts.of(Locale.GERMAN).pattern(rule.id())).as(rule.id())
                    .isNotEqualTo(AdviceTexts.defaults().pattern(rule.id()));
        }
    }

    @Test
    void rule_badIdOrSample_throws() {
        assertThatThrownBy(() -> AdviceRule.below("Closing Ratio", ReviewFigure.closingGateway(), BigDecimal.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be a lower-case identifier of at most 64 characters: 'Closing Ratio'");
        assertThatThrownBy(() -> AdviceRule.below("closing", ReviewFigure.closingGateway(), BigDecimal.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minimumSample must not be negative: -1");
        assertThatThrownBy(() -> AdviceRules.defaults().with(AdviceRules.defaults().rules().get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules must have unique ids: appointment_next_step");
    }

    @Test
    void rules_without_dropsOne() {
        assertThat(AdviceRules.defaults().without(AdviceRules.BAROMETER).rules()).hasSize(6)
                .extracting(AdviceRule::id).doesNotContain(AdviceRules.BAROMETER);
    }

    @Test
    void reviewFigure_visitorHandlesEveryMember() {
        // Adding a member to the sealed family must add a visitor method: every permitted member is a record
        // whose accept calls one.
        assertThat(ReviewFigure.class.getPermittedSubclasses()).hasSize(ReviewFigure.FigureVisitor.class.getMethods().length);
    }
}
