package io.github.kpiengine.review;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Goal;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Stage;
import io.github.kpiengine.StageEntry;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.kpi.Kpi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a {@link SalesReview} reads: a team's history, the periods it reviews and plans, each
 * rep's target, and the options of the practice.
 *
 * <pre>{@code
 * ReviewInput input = ReviewInput.builder(log, org, pipeline, WorkCalendar.standard())
 *         .reviewed(SalesPeriod.ofYear(2026))
 *         .planned(SalesPeriod.ofQuarter(2027, 1))
 *         .targets(ReviewTargets.perRep(targets))
 *         .build();
 * }</pre>
 *
 * <p>Validated when built: each failure is an {@link IllegalArgumentException} naming the field and
 * the value. Immutable and thread-safe once the log is no longer appended to.
 *
 * @param log the activities and opportunities
 * @param org the organisation; every rep of the tree is reviewed, every unit summed
 * @param pipeline the opportunities' pipeline: its open stages make the gateways
 * @param calendar the working days that make the selling weeks
 * @param reviewed the period reviewed: counts, money and cycles are measured over it
 * @param planned the period planned: it must hold at least one working day
 * @param targets each rep's revenue target for the planned period, in the log's currency
 * @param opportunityStage the open stage where a new opportunity counts, for the magic number and the
 *     barometer; the pipeline's first unless set
 * @param callType the activity whose outcome {@code ADVANCED} books the first stage (cold calls
 *     unless set), or empty for none; its gateway is planned only when the data records such a call
 * @param credibilityK the entries at which a rep's own ratio and the team's weigh the same
 * @param matureCohorts the cohorts the conversion ratios are measured on, or empty for those that
 *     had one sales cycle (the organisation's mean, from creation) to close before the reviewed
 *     period ends
 * @param paceWindow the period whose pace of new opportunities the barometer reads, or empty for
 *     the last 13 weeks (91 days) of the reviewed period
 * @param asOf the day the review is made, or empty: inside the planned period it paces the plan so
 *     far; it is also the day goals are tracked to (the reviewed period's end when empty)
 * @param openPipeline the open opportunities in hand at the reviewed period's end, by rep and stage;
 *     the projection always counts them
 * @param netOfPipelineInHand whether the plans subtract the pipeline in hand's expected wins from the
 *     target; off unless set, so that a plan is the steady pace that reaches the target: what is in
 *     hand now stands for what will be in hand at the period's end, since new opportunities opened
 *     late in the period close after it
 * @param activityTypes the activity types counted (hours for timed ones)
 * @param visitTypes the activity types that are visits, for the productive-visit rate
 * @param sellingTypes the timed activity types that are selling, for the selling-time share
 * @param extraKpis the app's own KPIs, evaluated over the reviewed period beside the review's
 * @param goals the goals tracked for their owners, reps and units, with their driver KPIs
 * @param advice the advice rules
 * @param texts the advice's words
 */
public record ReviewInput(ActivityLog log, OrgTree org, Pipeline pipeline, WorkCalendar calendar, SalesPeriod reviewed,
        SalesPeriod planned, ReviewTargets targets, String opportunityStage, Optional<ActivityType> callType,
        long credibilityK, Optional<SalesPeriod> matureCohorts, Optional<SalesPeriod> paceWindow,
        Optional<LocalDate> asOf, Map<String, Map<String, Long>> openPipeline, boolean netOfPipelineInHand,
        List<ActivityType> activityTypes,
        List<ActivityType> visitTypes, List<ActivityType> sellingTypes, List<Kpi> extraKpis, List<Goal> goals,
        AdviceRules advice, AdviceTexts texts) {

    /** The pace window unless set: the last 91 days (13 weeks) of the reviewed period. */
    public static final int PACE_DAYS = 91;

    /**
     * Validates the input and copies its collections.
     *
     * @param log the activities and opportunities
     * @param org the organisation
     * @param pipeline the pipeline
     * @param calendar the calendar
     * @param reviewed the period reviewed
     * @param planned the period planned
     * @param targets the reps' targets
     * @param opportunityStage the new-opportunity stage
     * @param callType the call type, or empty
     * @param credibilityK the credibility constant, positive
     * @param matureCohorts the mature cohorts, or empty
     * @param paceWindow the pace window, or empty
     * @param asOf the review's day, or empty
     * @param openPipeline the open opportunities by rep and stage
     * @param netOfPipelineInHand whether the plans subtract the pipeline in hand
     * @param activityTypes the activity types counted
     * @param visitTypes the visit types, at least one
     * @param sellingTypes the timed selling types, at least one
     * @param extraKpis the app's KPIs
     * @param goals the goals tracked
     * @param advice the advice rules
     * @param texts the advice's words
     * @throws IllegalArgumentException if a target names a rep missing from the tree, a rep has no
     *     target, a target's currency is not the log's, the opportunity stage is not an open stage of
     *     the pipeline, the planned period or the pace window holds no working day, or another value
     *     is out of range
     */
    public ReviewInput {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(opportunityStage, "opportunityStage");
        Objects.requireNonNull(callType, "callType");
        Objects.requireNonNull(matureCohorts, "matureCohorts");
        Objects.requireNonNull(paceWindow, "paceWindow");
        Objects.requireNonNull(asOf, "asOf");
        List<String> open = pipeline.openStages().stream().map(Stage::name).toList();
        Checks.check(open.contains(opportunityStage),
                "opportunityStage must be an open stage of the pipeline " + open + ": " + opportunityStage);
        Checks.check(calendar.workingDays(planned) > 0,
                "planned must hold at least one working day of the calendar: " + planned);
        Checks.check(credibilityK > 0, "credibilityK must be positive: " + credibilityK);
        callType.ifPresent(type -> Checks.check(!open.contains(type.id()),
                "callType must not share its id with a stage of the pipeline: " + type.id()));
        paceWindow.ifPresent(window -> Checks.check(calendar.workingDays(window) > 0,
                "paceWindow must hold at least one working day of the calendar: " + window));
        Set<String> reps = Targets.repIds(org);
        Map<String, Map<String, Long>> pipelineCopy = new LinkedHashMap<>();
        Objects.requireNonNull(openPipeline, "openPipeline").forEach((rep, stages) -> {
            Checks.check(reps.contains(rep), "openPipeline must name reps of the org: " + rep);
            stages.forEach((stage, count) -> {
                Checks.check(open.contains(stage), "openPipeline stage must be an open stage of the pipeline "
                        + open + ": " + stage);
                Checks.check(count != null && count >= 0,
                        "openPipeline count must not be negative: " + rep + "/" + stage + "=" + count);
            });
            pipelineCopy.put(rep, Collections.unmodifiableMap(new LinkedHashMap<>(stages)));
        });
        openPipeline = Collections.unmodifiableMap(pipelineCopy);
        activityTypes = List.copyOf(activityTypes);
        visitTypes = List.copyOf(visitTypes);
        Checks.check(!visitTypes.isEmpty(), "visitTypes must not be empty: []");
        sellingTypes = List.copyOf(sellingTypes);
        Checks.check(!sellingTypes.isEmpty(), "sellingTypes must not be empty: []");
        for (ActivityType type : sellingTypes) {
            Checks.check(type.isTimed(), "sellingTypes must be timed activity types: " + type.id());
        }
        extraKpis = List.copyOf(extraKpis);
        goals = List.copyOf(goals);
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(texts, "texts");
        Targets.check(targets, org, log.currency(), planned);
    }

    /**
     * Starts a builder over a team's history.
     *
     * @param log the activities and opportunities
     * @param org the organisation
     * @param pipeline the opportunities' pipeline
     * @param calendar the working days
     * @return a builder
     */
    public static Builder builder(ActivityLog log, OrgTree org, Pipeline pipeline, WorkCalendar calendar) {
        return new Builder(log, org, pipeline, calendar);
    }

    /**
     * Returns the pace window the review reads: the one set, or the last 91 days of the reviewed
     * period (all of it when shorter).
     *
     * @return the pace window
     */
    public SalesPeriod pace() {
        return paceWindow.orElseGet(() -> {
            LocalDate start = reviewed.end().minusDays(PACE_DAYS - 1);
            return SalesPeriod.of(start.isBefore(reviewed.start()) ? reviewed.start() : start, reviewed.end());
        });
    }

    /** Builds a {@link ReviewInput} step by step. Not thread-safe; {@link #build()} validates. */
    public static final class Builder {

        private final ActivityLog log;
        private final OrgTree org;
        private final Pipeline pipeline;
        private final WorkCalendar calendar;
        private SalesPeriod reviewed;
        private SalesPeriod planned;
        private ReviewTargets targets;
        private String opportunityStage;
        private Optional<ActivityType> callType = Optional.of(ActivityType.COLD_CALL);
        private long credibilityK = io.github.kpiengine.plan.Credibility.DEFAULT_K;
        private SalesPeriod matureCohorts;
        private SalesPeriod paceWindow;
        private LocalDate asOf;
        private final Map<String, Map<String, Long>> openPipeline = new LinkedHashMap<>();
        private final List<Opportunity> opportunities = new ArrayList<>();
        private boolean netOfPipelineInHand;
        private List<ActivityType> activityTypes = ActivityType.standard();
        private List<ActivityType> visitTypes = List.of(ActivityType.FIRST_APPOINTMENT, ActivityType.DEMO,
                ActivityType.SITE_VISIT, ActivityType.SURVEY);
        private List<ActivityType> sellingTypes = List.of(ActivityType.ON_SITE_SESSION, ActivityType.SOCIAL_SELLING);
        private final List<Kpi> extraKpis = new ArrayList<>();
        private final List<Goal> goals = new ArrayList<>();
        private AdviceRules advice = AdviceRules.defaults();
        private AdviceTexts texts;

        private Builder(ActivityLog log, OrgTree org, Pipeline pipeline, WorkCalendar calendar) {
            this.log = Objects.requireNonNull(log, "log");
            this.org = Objects.requireNonNull(org, "org");
            this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
            this.calendar = Objects.requireNonNull(calendar, "calendar");
        }

        /**
         * Sets the period reviewed.
         *
         * @param period the period
         * @return this builder
         */
        public Builder reviewed(SalesPeriod period) {
            this.reviewed = Objects.requireNonNull(period, "reviewed");
            return this;
        }

        /**
         * Sets the period planned.
         *
         * @param period the period
         * @return this builder
         */
        public Builder planned(SalesPeriod period) {
            this.planned = Objects.requireNonNull(period, "planned");
            return this;
        }

        /**
         * Sets where the reps' targets come from.
         *
         * @param repTargets the targets
         * @return this builder
         */
        public Builder targets(ReviewTargets repTargets) {
            this.targets = Objects.requireNonNull(repTargets, "targets");
            return this;
        }

        /**
         * Sets the open stage where a new opportunity counts; the pipeline's first unless set.
         *
         * @param stage the stage's name
         * @return this builder
         */
        public Builder opportunityStage(String stage) {
            this.opportunityStage = Objects.requireNonNull(stage, "opportunityStage");
            return this;
        }

        /**
         * Sets the activity whose outcome {@code ADVANCED} books the first stage; cold calls unless
         * set.
         *
         * @param type the call type
         * @return this builder
         */
        public Builder callType(ActivityType type) {
            this.callType = Optional.of(Objects.requireNonNull(type, "callType"));
            return this;
        }

        /**
         * Plans no call gateway, whatever the data records.
         *
         * @return this builder
         */
        public Builder noCallGateway() {
            this.callType = Optional.empty();
            return this;
        }

        /**
         * Sets the entries at which a rep's own ratio and the team's weigh the same; 20 unless set.
         *
         * @param k positive
         * @return this builder
         */
        public Builder credibilityK(long k) {
            this.credibilityK = k;
            return this;
        }

        /**
         * Sets the cohorts the conversion ratios are measured on.
         *
         * @param period the cohorts' period
         * @return this builder
         */
        public Builder matureCohorts(SalesPeriod period) {
            this.matureCohorts = Objects.requireNonNull(period, "matureCohorts");
            return this;
        }

        /**
         * Sets the period whose pace of new opportunities the barometer reads.
         *
         * @param period the window
         * @return this builder
         */
        public Builder paceWindow(SalesPeriod period) {
            this.paceWindow = Objects.requireNonNull(period, "paceWindow");
            return this;
        }

        /**
         * Sets the day the review is made.
         *
         * @param day the day
         * @return this builder
         */
        public Builder asOf(LocalDate day) {
            this.asOf = Objects.requireNonNull(day, "asOf");
            return this;
        }

        /**
         * Counts open opportunities in hand: the ones open at the reviewed period's end (created by
         * then and not closed by then), each at the last stage it entered by then, for its owner.
         * Opportunities of reps outside the tree and stages outside the pipeline are left out.
         *
         * @param all the opportunities, open or not
         * @return this builder
         */
        public Builder openOpportunities(Collection<Opportunity> all) {
            opportunities.addAll(Objects.requireNonNull(all, "openOpportunities"));
            return this;
        }

        /**
         * Adds open opportunities in hand, counted by the CRM.
         *
         * @param repId the owner
         * @param stage the open stage they sit at
         * @param count how many
         * @return this builder
         */
        public Builder openPipeline(String repId, String stage, long count) {
            Objects.requireNonNull(repId, "repId");
            Objects.requireNonNull(stage, "stage");
            openPipeline.computeIfAbsent(repId, r -> new LinkedHashMap<>()).merge(stage, count, Long::sum);
            return this;
        }

        /**
         * Makes the plans subtract the pipeline in hand's expected wins from each target, as
         * {@link io.github.kpiengine.plan.FunnelModel.Builder#openPipeline(String, long)} does; off
         * unless set (see {@link ReviewInput#netOfPipelineInHand()}).
         *
         * @param net whether the plans are net of the pipeline in hand
         * @return this builder
         */
        public Builder netOfPipelineInHand(boolean net) {
            this.netOfPipelineInHand = net;
            return this;
        }

        /**
         * Sets the activity types counted; the eleven standard ones unless set.
         *
         * @param types the types
         * @return this builder
         */
        public Builder activityTypes(List<ActivityType> types) {
            this.activityTypes = List.copyOf(types);
            return this;
        }

        /**
         * Sets the activity types that are visits; first appointments, demos, site visits and
         * surveys unless set.
         *
         * @param types the types
         * @return this builder
         */
        public Builder visitTypes(List<ActivityType> types) {
            this.visitTypes = List.copyOf(types);
            return this;
        }

        /**
         * Sets the timed activity types that are selling; on-site sessions and social selling
         * unless set.
         *
         * @param types the types
         * @return this builder
         */
        public Builder sellingTypes(List<ActivityType> types) {
            this.sellingTypes = List.copyOf(types);
            return this;
        }

        /**
         * Adds the app's own KPIs, evaluated over the reviewed period; goals may name them as
         * drivers and rules may read them.
         *
         * @param kpis the KPIs
         * @return this builder
         */
        public Builder kpis(Kpi... kpis) {
            extraKpis.addAll(List.of(kpis));
            return this;
        }

        /**
         * Adds goals to track, each for its owner; their driver KPIs must be KPIs of the review.
         *
         * @param tracked the goals
         * @return this builder
         */
        public Builder goals(Collection<Goal> tracked) {
            goals.addAll(Objects.requireNonNull(tracked, "goals"));
            return this;
        }

        /**
         * Sets the advice rules; the practice's defaults unless set.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder advice(AdviceRules rules) {
            this.advice = Objects.requireNonNull(rules, "advice");
            return this;
        }

        /**
         * Sets the advice's words; the bundled English unless set.
         *
         * @param adviceTexts the texts
         * @return this builder
         */
        public Builder texts(AdviceTexts adviceTexts) {
            this.texts = Objects.requireNonNull(adviceTexts, "texts");
            return this;
        }

        /**
         * Builds the input.
         *
         * @return the input
         * @throws IllegalArgumentException if a rule of {@link ReviewInput} is broken, or the
         *     reviewed period, the planned period or the targets are not set
         */
        public ReviewInput build() {
            Checks.check(reviewed != null, "reviewed must be set: null");
            Checks.check(planned != null, "planned must be set: null");
            Checks.check(targets != null, "targets must be set: null");
            Map<String, Map<String, Long>> inHand = new LinkedHashMap<>();
            openPipeline.forEach((rep, stages) -> inHand.put(rep, new LinkedHashMap<>(stages)));
            Set<String> reps = Targets.repIds(org);
            for (Opportunity opportunity : opportunities) {
                stageAt(opportunity, reviewed.end()).filter(stage -> reps.contains(opportunity.ownerId()))
                        .ifPresent(stage -> inHand.computeIfAbsent(opportunity.ownerId(), r -> new LinkedHashMap<>())
                                .merge(stage, 1L, Long::sum));
            }
            return new ReviewInput(log, org, pipeline, calendar, reviewed, planned, targets,
                    opportunityStage != null ? opportunityStage : pipeline.first().name(), callType, credibilityK,
                    Optional.ofNullable(matureCohorts), Optional.ofNullable(paceWindow), Optional.ofNullable(asOf),
                    inHand, netOfPipelineInHand, activityTypes, visitTypes, sellingTypes, extraKpis, goals, advice,
                    texts != null ? texts : AdviceTexts.defaults());
        }

        /** The open stage of the pipeline an opportunity sits at on a day, if it is open then. */
        private Optional<String> stageAt(Opportunity opportunity, LocalDate day) {
            if (opportunity.created().isAfter(day) || opportunity.closeDate().map(close -> !close.isAfter(day))
                    .orElse(false)) {
                return Optional.empty();
            }
            String stage = null;
            for (StageEntry entry : opportunity.history()) {
                if (!entry.entered().isAfter(day) && !entry.stage().isTerminal()) {
                    stage = entry.stage().name();
                }
            }
            return Optional.ofNullable(stage).filter(name -> pipeline.find(name).map(s -> !s.isTerminal()).orElse(false));
        }
    }
}
