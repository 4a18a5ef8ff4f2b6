package io.github.kpiengine.formula;

import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link Kpi} as a formula that compiles back to an equal definition. */
final class Formatter {

    private Formatter() {
    }

    static String format(Kpi kpi, Map<String, Kpi> registry) {
        StringBuilder out = new StringBuilder();
        write(kpi, registry, out, true);
        return out.toString();
    }

    /** Writes a part; {@code top} formats a registry definition by its body, not its name. */
    private static void write(Kpi kpi, Map<String, Kpi> registry, StringBuilder out, boolean top) {
        if (!top) {
            for (Map.Entry<String, Kpi> entry : registry.entrySet()) {
                if (entry.getValue().equals(kpi)) {
                    out.append(entry.getKey());
                    return;
                }
            }
        }
        if (kpi instanceof Kpi.Ratio r) {
            Kpi plain = Kpis.ratio(r.numerator(), r.denominator());
            boolean slash = r.unit() == KpiUnit.PERCENT && r.direction() == Direction.HIGHER_IS_BETTER;
            if (slash) {
                requireDefaultName(kpi, plain, top);
                write(r.numerator(), registry, out, false);
                out.append(" / ");
                boolean parens = r.denominator() instanceof Kpi.Ratio d && !registry.containsValue(d);
                if (parens) {
                    out.append('(');
                }
                write(r.denominator(), registry, out, false);
                if (parens) {
                    out.append(')');
                }
                return;
            }
            requireDefaultName(kpi, Kpis.ratio(r.numerator(), r.denominator(), r.unit(), r.direction()), top);
            out.append("ratio(");
            write(r.numerator(), registry, out, false);
            out.append(", ");
            write(r.denominator(), registry, out, false);
            out.append(", ").append(r.unit().name().toLowerCase(Locale.ROOT)).append(", ")
                    .append(r.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower").append(')');
            return;
        }
        String text;
        Kpi plain;
        if (kpi instanceof Kpi.ActivityCount k) {
            plain = k.outcome() == null ? Kpis.activityCount(k.type()) : Kpis.activityCount(k.type(), k.outcome());
            text = "count(" + k.type().id() + (k.outcome() == null ? ""
                    : ", " + k.outcome().name().toLowerCase(Locale.ROOT)) + ")";
        } else if (kpi instanceof Kpi.TotalHours k) {
            plain = Kpis.totalHours(k.type());
            text = "hours(" + k.type().id() + ")";
        } else if (kpi instanceof Kpi.WinRate) {
            plain = Kpis.winRate();
            text = "win_rate()";
        } else if (kpi instanceof Kpi.AverageRevenuePerSale) {
            plain = Kpis.averageRevenuePerSale();
            text = "revenue_per_sale()";
        } else if (kpi instanceof Kpi.StageConversion k && k.basis() == Kpi.StageConversion.Basis.COHORT
                && k.reach() == Kpi.StageConversion.Reach.EVENTUAL) {
            plain = Kpis.stageConversion(k.pipeline(), k.from().name(), k.to().name());
            text = "conversion(" + k.from().name() + ", " + k.to().name() + ")";
        } else if (kpi instanceof Kpi.SalesCycleDays k && k.statistic() == Statistic.MEAN && k.start() == null) {
            plain = Kpis.meanSalesCycleDays();
            text = "cycle_days()";
        } else if (kpi instanceof Kpi.NewAccountsWon) {
            plain = Kpis.newAccountsWon();
            text = "new_accounts()";
        } else {
            throw new IllegalArgumentException("kpi must be of a kind the formula language writes: " + kpi.id());
        }
        requireDefaultName(kpi, plain, top);
        out.append(text);
    }

    private static void requireDefaultName(Kpi kpi, Kpi plain, boolean top) {
        if (!top && !kpi.equals(plain)) {
            throw new IllegalArgumentException("kpi must be built by the factories or defined in the registry"
                    + " to be written as a formula: " + kpi.id());
        }
    }
}
