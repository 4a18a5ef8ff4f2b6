package io.github.kpiengine.examples.report;

import io.github.kpiengine.examples.sample.SampleCompany;
import io.github.kpiengine.review.GapToPeers;
import io.github.kpiengine.review.RepReview;
import io.github.kpiengine.review.SalesReview;
import io.github.kpiengine.review.StageFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link SalesReview} from kpi-core with the words a report names it by: the reviewed, last and
 * next periods and where the data came from. The review itself is the library's; this adds only
 * labels and the report's phrasing of peer gaps.
 *
 * <p>Immutable and thread-safe.
 *
 * @param periodLabel how the reviewed period is named, such as {@code "2026"}
 * @param lastLabel how the pace window is named, such as {@code "Q4 2026"}
 * @param nextLabel how the planned period is named, such as {@code "Q1 2027"}
 * @param source where the data came from and how ratios were measured, for the report's footer
 * @param review the review
 */
public record ReviewReport(String periodLabel, String lastLabel, String nextLabel, String source,
        SalesReview review) {

    private static final BigDecimal NOTABLE_GAP = BigDecimal.valueOf(15);

    /**
     * Checks the parts are present.
     *
     * @param periodLabel the reviewed period's name
     * @param lastLabel the pace window's name
     * @param nextLabel the planned period's name
     * @param source where the data came from
     * @param review the review
     */
    public ReviewReport {
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(lastLabel, "lastLabel");
        Objects.requireNonNull(nextLabel, "nextLabel");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(review, "review");
    }

    /**
     * Reviews the sample company.
     *
     * @param company the sample company
     * @return the labelled review
     */
    public static ReviewReport of(SampleCompany company) {
        Objects.requireNonNull(company, "company");
        int year = SampleCompany.YEAR;
        return new ReviewReport(String.valueOf(year), "Q4 " + year, "Q1 " + (year + 1),
                "the bundled sample company (seed " + SampleCompany.SEED + "). Conversion ratios come from the cohorts"
                        + " of January to September " + year + ", so that every deal had time to close; a rep's plan "
                        + "blends their own ratios toward the team's by how much history they have, and counts the "
                        + "opportunities still open at the year's end.",
                SalesReview.of(company.reviewInput()));
    }

    /**
     * Returns the gaps worth mentioning: 15 % or more either way, largest first.
     *
     * @param gaps the gaps
     * @return the notable ones
     */
    public static List<GapToPeers> notable(List<GapToPeers> gaps) {
        return gaps.stream().filter(g -> g.percent().abs().compareTo(NOTABLE_GAP) >= 0)
                .sorted(Comparator.comparing((GapToPeers g) -> g.percent().abs()).reversed()).toList();
    }

    /**
     * Returns a gap in words: {@code "Revenue per sale 58 % below peers"}, {@code "Sales cycle 30 %
     * shorter than peers"}.
     *
     * @param gap the gap
     * @return the words
     */
    public static String describe(GapToPeers gap) {
        boolean cycle = gap.figure().equals(GapToPeers.SALES_CYCLE);
        String word = gap.percent().signum() >= 0 ? (cycle ? "longer" : "above") : (cycle ? "shorter" : "below");
        return String.format(Locale.ROOT, "%s %s %% %s%s", gap.label(), gap.percent().abs().toPlainString(), word,
                cycle ? " than peers" : " peers");
    }

    /**
     * Returns the funnel of some reps: their stages summed, required against done.
     *
     * @param reps the reps, at least one
     * @return the stages, top of the funnel first
     */
    public static List<StageFigure> funnel(List<RepReview> reps) {
        List<StageFigure> total = new ArrayList<>(reps.get(0).funnel());
        for (RepReview rep : reps.subList(1, reps.size())) {
            for (int i = 0; i < total.size(); i++) {
                total.set(i, total.get(i).plus(rep.funnel().get(i)));
            }
        }
        return List.copyOf(total);
    }

    /**
     * Returns the words of a gateway of the plan, from the pipeline's display names.
     *
     * @param stage the gateway's stage
     * @return the words, such as {@code "First appointment → Proposal"}
     */
    public String gatewayLabel(String stage) {
        return review.gateway(stage).label();
    }

    /**
     * Says why a rep shows no gap to the peers, when that is so: the rep is alone in the team, no
     * figure could be compared, or every gap is under 15 %.
     *
     * @param review the review
     * @param rep the rep
     * @return the words, or empty when the rep has gaps worth listing ({@link #notable(List)})
     */
    public static Optional<String> withoutNotableGap(SalesReview review, RepReview rep) {
        if (review.input().org().repsBelow(rep.unit().id()).size() <= 1) {
            return Optional.of("no peers: the only rep of " + rep.unit().name());
        }
        if (rep.peerGaps().isEmpty()) {
            return Optional.of("no figure to compare with the peers");
        }
        return notable(rep.peerGaps()).isEmpty() ? Optional.of("in line with the team (every gap under 15 %)")
                : Optional.empty();
    }
}
