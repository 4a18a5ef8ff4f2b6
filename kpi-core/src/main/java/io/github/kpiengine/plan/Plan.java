package io.github.kpiengine.plan;

import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The solver's answer: the target is {@linkplain Reachable reachable} with so much activity,
 * {@linkplain AlreadyMet already met}, or {@linkplain Unreachable unreachable} for a stated reason.
 *
 * <pre>{@code
 * Plan plan = FunnelSolver.solve(model);
 * if (plan instanceof Plan.Reachable reachable) {
 *     System.out.println(reachable.magicNumber() + " new opportunities a week");
 * } else if (plan instanceof Plan.Unreachable unreachable) {
 *     System.out.println("unreachable: " + unreachable.reason());
 * }
 * }</pre>
 */
public sealed interface Plan permits Plan.Reachable, Plan.AlreadyMet, Plan.Unreachable {

    /**
     * Returns the model the plan was solved from.
     *
     * @return the model
     */
    FunnelModel model();

    /**
     * The target needs no new activity: it is zero or less, or the pipeline in hand covers it.
     * Immutable and thread-safe.
     *
     * @param model the model solved
     * @param reason why, for the reader
     * @param pipelineInHand what the open pipeline is expected to bring
     */
    record AlreadyMet(FunnelModel model, String reason, PipelineInHand pipelineInHand) implements Plan {

        /**
         * Checks the parts are present.
         *
         * @param model the model solved
         * @param reason why
         * @param pipelineInHand the pipeline in hand
         */
        public AlreadyMet {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(pipelineInHand, "pipelineInHand");
        }
    }

    /**
     * No plan can be made: a gateway converts at 0 % or is undefined, the sales cycle leaves no
     * working day to open opportunities in, or the plan needs more of something (activities at a
     * stage or in all, won deals, or a week's or a month's new opportunities) than a {@code long}
     * counts; the reason names which. Immutable and thread-safe.
     *
     * @param model the model solved
     * @param reason why, naming the gateway where there is one
     * @param stage the gateway's stage, when one gateway is the cause
     */
    record Unreachable(FunnelModel model, String reason, Optional<String> stage) implements Plan {

        /**
         * Checks the parts are present.
         *
         * @param model the model solved
         * @param reason why
         * @param stage the gateway's stage, or empty
         */
        public Unreachable {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(stage, "stage");
        }
    }

    /**
     * The activity that reaches the target, stage by stage, whole and exact, in the period and a
     * week. Immutable and thread-safe.
     *
     * @param model the model solved
     * @param wonDeals the new won deals needed, whole: ceil(target ÷ average deal − expected wins in
     *     hand), the ceiling of the exact fraction
     * @param wonDealsExact the same without rounding up: the exact value to 16 significant digits
     * @param stages what each stage needs, top of the funnel first
     * @param openingWeeks the selling weeks in which new opportunities can be opened: all of them,
     *     or those before the cycle lag; to 16 significant digits (the plan counts with the exact
     *     fraction)
     * @param magicNumber new opportunities a week: ceil(new opportunities ÷ opening weeks), exact
     * @param magicNumberExact new opportunities (whole) ÷ opening weeks, the exact value to 16
     *     significant digits
     * @param pipelineInHand what the open pipeline is expected to bring
     * @param cycleLag the opening deadlines, when the model has a sales cycle
     * @param capacity hours needed against hours available, when the model has work hours
     * @param confidence the plan at the model's confidence level, when it has one
     */
    record Reachable(FunnelModel model, long wonDeals, BigDecimal wonDealsExact,
            List<StageRequirement> stages, BigDecimal openingWeeks, long magicNumber,
            BigDecimal magicNumberExact, PipelineInHand pipelineInHand, Optional<CycleLag> cycleLag,
            Optional<Capacity> capacity, Optional<ConfidencePlan> confidence) implements Plan {

        /**
         * Copies the stages and checks the parts are present.
         *
         * @param model the model solved
         * @param wonDeals the won deals needed
         * @param wonDealsExact the won deals needed, exact
         * @param stages the stages
         * @param openingWeeks the opening weeks
         * @param magicNumber the magic number
         * @param magicNumberExact the magic number, exact
         * @param pipelineInHand the pipeline in hand
         * @param cycleLag the cycle lag, or empty
         * @param capacity the capacity, or empty
         * @param confidence the confidence plan, or empty
         */
        public Reachable {
            Objects.requireNonNull(model, "model");
            stages = List.copyOf(stages);
            Objects.requireNonNull(pipelineInHand, "pipelineInHand");
            Objects.requireNonNull(cycleLag, "cycleLag");
            Objects.requireNonNull(capacity, "capacity");
            Objects.requireNonNull(confidence, "confidence");
        }

        /**
         * Returns what one stage needs.
         *
         * @param name the stage's name
         * @return the stage's requirement
         * @throws IllegalArgumentException if the model has no such stage
         */
        public StageRequirement stage(String name) {
            return stages.get(model.indexOf(name));
        }

        /**
         * Returns the new opportunities needed in the period: the whole requirement of the
         * model's new-opportunity stage.
         *
         * @return the new opportunities
         */
        public long newOpportunities() {
            return stage(model.opportunityStage()).required();
        }

        /**
         * Ranks the gateways by what one point of improvement saves; see
         * {@link #focus(Map)}.
         *
         * @return the gateways, the best lever first
         */
        public List<Focus> focus() {
            return focus(Map.of());
        }

        /**
         * Ranks the gateways to work on. Gateways below their reference ratio (the peers' or a
         * target) come first, then the others; within each group, the gateway whose one-point
         * improvement saves the most hours a week (when hours are known), then the most activities,
         * comes first. A gateway at 100 % cannot improve and comes last.
         *
         * @param reference reference ratios by stage name; stages without one have no gap
         * @return the gateways, the best lever first
         */
        public List<Focus> focus(Map<String, Ratio> reference) {
            return PlanReadings.focus(this, reference);
        }

        /**
         * Projects the plan forward: what its top-of-funnel activity and the pipeline in hand are
         * expected to bring. The expected wins and revenue add both; the whole wins pass the open
         * opportunities of each stage forward with the activity that reaches it. With an open
         * pipeline the wins are no longer binomial, and the percentiles say so.
         *
         * @return the projection of the plan's first stage and its pipeline in hand
         */
        public Projection project() {
            return FunnelSolver.project(this);
        }

        /**
         * Reads the activity barometer: actual new opportunities a week over the magic number.
         *
         * @param actualPerWeek new opportunities opened a week, from 0 to {@link Long#MAX_VALUE}, with at
         *     most {@link FunnelModel#MAX_DECIMAL_PLACES} decimal places
         * @return the barometer
         * @throws IllegalArgumentException if the figure is out of range
         */
        public Barometer barometer(BigDecimal actualPerWeek) {
            return PlanReadings.barometer(this, actualPerWeek);
        }

        /**
         * Says where the count of new opportunities should stand after some weeks.
         *
         * @param weeksElapsed selling weeks gone, from 0 to the opening weeks, with at most
         *     {@link FunnelModel#MAX_DECIMAL_PLACES} decimal places
         * @param actualSoFar new opportunities opened so far, not negative
         * @return the pacing
         * @throws IllegalArgumentException if a figure is out of range
         */
        public Pacing pacing(BigDecimal weeksElapsed, long actualSoFar) {
            return PlanReadings.pacing(this, weeksElapsed, actualSoFar);
        }

        /**
         * States the magic number per month.
         *
         * @param convention how many weeks a month counts
         * @return one quota per month of the opening window for {@link WeeksPerMonth#CALENDAR}, else
         *     one quota for any month
         * @throws IllegalArgumentException for {@code CALENDAR} when the model has no period
         */
        public List<MonthlyQuota> perMonth(WeeksPerMonth convention) {
            return PlanReadings.perMonth(this, convention);
        }
    }
}
