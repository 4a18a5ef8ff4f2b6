package io.github.kpiengine.review;

import java.util.Objects;

/**
 * A figure of a rep's review that an {@link AdviceRule} reads: a KPI of the review's scorecard, a
 * gateway's own ratio, the activity barometer or a gap to the peers.
 *
 * <p>Each figure reads as a value (a fraction for shares and gaps: {@code 0.58} is 58 %) with the
 * sample behind it, or not at all when the rep has no such figure (an undefined ratio, no plan, no
 * peers). The family is closed; code that must handle every member implements {@link FigureVisitor}.
 * Immutable and thread-safe.
 */
public sealed interface ReviewFigure {

    /**
     * Passes this figure to the visitor's method for its kind.
     *
     * @param <R> what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns
     */
    <R> R accept(FigureVisitor<R> visitor);

    /**
     * Returns a KPI of the review's scorecard, read by id: its value and sample size.
     *
     * @param kpiId the KPI's id, such as {@code "win_rate"} or an app's own
     * @return the figure
     */
    static ReviewFigure kpi(String kpiId) {
        return new OfKpi(kpiId);
    }

    /**
     * Returns a KPI of the review's scorecard, read only when the organisation's data records what
     * it measures: its figure over the whole organisation is defined and above zero. A log without
     * any visit outcome, or without any timed selling activity, then advises nobody.
     *
     * @param kpiId the KPI's id, such as {@code "productive_visits"}
     * @return the figure
     */
    static ReviewFigure recorded(String kpiId) {
        return new Recorded(kpiId);
    }

    /**
     * Returns the rep's own ratio of the gateway out of the new-opportunity stage (first
     * appointment → next step, in the practice's words), over the mature cohorts.
     *
     * @return the figure
     */
    static ReviewFigure opportunityGateway() {
        return new OpportunityGateway();
    }

    /**
     * Returns the rep's own ratio of the last gateway, the one to won: the closing ratio.
     *
     * @return the figure
     */
    static ReviewFigure closingGateway() {
        return new ClosingGateway();
    }

    /**
     * Returns the rep's own ratio of the gateway out of a stage.
     *
     * @param stage the gateway's stage, an open stage or the call type's id
     * @return the figure
     */
    static ReviewFigure gateway(String stage) {
        return new GatewayAt(stage);
    }

    /**
     * Returns the activity barometer as a fraction: actual pace ÷ exact weekly need. Its sample is
     * the new opportunities opened in the pace window.
     *
     * @return the figure
     */
    static ReviewFigure barometer() {
        return new BarometerFigure();
    }

    /**
     * Returns the gap to the peers of one figure: (rep − peers) ÷ peers.
     *
     * @param figure the compared figure's id, such as {@link GapToPeers#REVENUE_PER_SALE}
     * @return the figure
     */
    static ReviewFigure peerGap(String figure) {
        return new PeerGapOf(figure);
    }

    /**
     * Handles every kind of figure. Adding a kind adds a method here, so every handler fails to
     * compile until it handles it.
     *
     * @param <R> what the visitor returns
     */
    interface FigureVisitor<R> {

        /**
         * Handles a KPI by id.
         *
         * @param figure the figure
         * @return the result
         */
        R kpi(OfKpi figure);

        /**
         * Handles a KPI read only where the data records it.
         *
         * @param figure the figure
         * @return the result
         */
        R recorded(Recorded figure);

        /**
         * Handles the gateway out of the new-opportunity stage.
         *
         * @param figure the figure
         * @return the result
         */
        R opportunityGateway(OpportunityGateway figure);

        /**
         * Handles the closing gateway.
         *
         * @param figure the figure
         * @return the result
         */
        R closingGateway(ClosingGateway figure);

        /**
         * Handles a gateway named by its stage.
         *
         * @param figure the figure
         * @return the result
         */
        R gateway(GatewayAt figure);

        /**
         * Handles the barometer.
         *
         * @param figure the figure
         * @return the result
         */
        R barometer(BarometerFigure figure);

        /**
         * Handles a gap to the peers.
         *
         * @param figure the figure
         * @return the result
         */
        R peerGap(PeerGapOf figure);
    }

    /**
     * A KPI of the review's scorecard. Immutable and thread-safe.
     *
     * @param kpiId the KPI's id
     */
    record OfKpi(String kpiId) implements ReviewFigure {

        /**
         * Checks the id is present.
         *
         * @param kpiId the KPI's id
         */
        public OfKpi {
            Objects.requireNonNull(kpiId, "kpiId");
        }

        @Override
        public <R> R accept(FigureVisitor<R> visitor) {
            return visitor.kpi(this);
        }
    }

    /**
     * A KPI read only where the organisation's data records it. Immutable and thread-safe.
     *
     * @param kpiId the KPI's id
     */
    record Recorded(String kpiId) implements ReviewFigure {

        /**
         * Checks the id is present.
         *
         * @param kpiId the KPI's id
         */
        public Recorded {
            Objects.requireNonNull(kpiId, "kpiId");
        }

        @Override
        public <R> R accept(FigureVisitor<R> visitor) {
            return visitor.recorded(this);
        }
    }

    /** The gateway out of the new-opportunity stage. Immutable and thread-safe. */
    record OpportunityGateway() implements ReviewFigure {

        @Override
        public <R> R accept(FigureVisitor<R> visitor) {
            return visitor.opportunityGateway(this);
        }
    }

    /** The last gateway, to won. Immutable and thread-safe. */
    record ClosingGateway() implements ReviewFigure {

        @Override
        public <R> R accept(FigureVisitor<R> visitor) {
            return visitor.closingGateway(this);
        }
    }

    /**
     * The gateway out of a stage. Immutable and thread-safe.
     *
     * @param stage the gateway's stage
     */
    record GatewayAt(String stage) implements ReviewFigure {

        /**
         * Checks the stage is present.
         *
         * @param stage the gateway's stage
         */
        public GatewayAt {
            Objects.requireNonNull(stage, "stage");
        }

        @Override
        public <R> R accept(FigureVisitor<R> visitor) {
            return visitor.gateway(this);
        }
    }

    /** The activity barometer. Immutable and thread-safe. */
    record BarometerFigure() implements ReviewFigure {

        @Override
        public <R> R accept(FigureVisitor<R> visitor) {
            return visitor.barometer(this);
        }
    }

    /**
     * A gap to the peers. Immutable and thread-safe.
     *
     * @param figure the compared figure's id
     */
    record PeerGapOf(String figure) implements ReviewFigure {

        /**
         * Checks the id is present.
         *
         * @param figure the compared figure's id
         */
        public PeerGapOf {
            Objects.requireNonNull(figure, "figure");
        }

        @Override
        public <R> R accept(FigureVisitor<R> visitor) {
            return visitor.peerGap(this);
        }
    }
}
