package io.github.kpiengine.examples.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * How far a rep's figure stands from the same figure of their peers (the rest of the team, the rep
 * left out): (rep − peers) ÷ peers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kpi what is compared, in words ("revenue per sale")
 * @param repValue the rep's figure
 * @param peerValue the peers' figure, aggregated by its parts without the rep
 * @param percent the gap in percent of the peers' figure, signed
 * @param higherIsBetter whether a figure above the peers' is good news
 * @param above the word for a positive gap ("above", "longer")
 * @param below the word for a negative gap ("below", "shorter")
 */
public record PeerGap(String kpi, BigDecimal repValue, BigDecimal peerValue, BigDecimal percent,
        boolean higherIsBetter, String above, String below) {

    /**
     * Checks the parts are present.
     *
     * @param kpi what is compared
     * @param repValue the rep's figure
     * @param peerValue the peers' figure
     * @param percent the gap in percent
     * @param higherIsBetter whether above is good
     * @param above the word for a positive gap
     * @param below the word for a negative gap
     */
    public PeerGap {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(repValue, "repValue");
        Objects.requireNonNull(peerValue, "peerValue");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(above, "above");
        Objects.requireNonNull(below, "below");
    }

    /**
     * Tells whether the gap is good news for the rep.
     *
     * @return true if the rep does better than the peers
     */
    public boolean favourable() {
        return percent.signum() == 0 || (percent.signum() > 0) == higherIsBetter;
    }

    /**
     * Returns the gap in words: {@code "revenue per sale 58 % below peers"}.
     *
     * @return the description
     */
    public String describe() {
        String word = percent.signum() >= 0 ? above : below;
        String tail = word.endsWith("er") ? " than peers" : " peers";
        return String.format(Locale.ROOT, "%s %s %% %s%s", kpi, percent.abs().toPlainString(), word, tail);
    }
}
