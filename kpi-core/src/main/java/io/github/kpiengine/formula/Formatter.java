package io.github.kpiengine.formula;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes a {@link Kpi} as a formula that compiles back to an equal definition. Parts must carry the
 * names their factories give them (or be definitions of the registry, written by name); the
 * outermost definition's own name is the registry's business.
 */
final class Formatter {

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int ATOM = 3;

    private final Map<String, Kpi> registry;
    private final WorkCalendar calendar;
    private final StringBuilder out = new StringBuilder();

    private Formatter(Map<String, Kpi> registry, WorkCalendar calendar) {
        this.registry = registry;
        this.calendar = calendar;
    }

    static String format(Kpi kpi, Map<String, Kpi> registry, WorkCalendar calendar) {
        Formatter formatter = new Formatter(registry, calendar);
        formatter.write(kpi, true);
        return formatter.out.toString();
    }

    private String registered(Kpi kpi) {
        for (Map.Entry<String, Kpi> entry : registry.entrySet()) {
            if (entry.getValue().equals(kpi)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Returns how tightly a part binds once written: a sum, a product, or an atom such as a call. */
    private int precedence(Kpi kpi) {
        if (registered(kpi) != null) {
            return ATOM;
        }
        if (kpi instanceof Kpi.Ratio r && r.unit() == KpiUnit.PERCENT && r.direction() == Direction.HIGHER_IS_BETTER
                && recognised(kpi, false) == null) {
            return PRODUCT;
        }
        if (kpi instanceof Kpi.Scaled) {
            return PRODUCT;
        }
        if (kpi instanceof Kpi.Sum s && s.terms().size() == 2 || kpi instanceof Kpi.Difference
                || kpi instanceof Kpi.TargetGap) {
            return SUM;
        }
        return ATOM;
    }

    /** Writes a part; {@code top} formats a registry definition by its body, not its name. */
    private void write(Kpi kpi, boolean top) {
        if (!top) {
            String name = registered(kpi);
            if (name != null) {
                out.append(name);
                return;
            }
        }
        Supplier<String> known = recognised(kpi, top);
        if (known != null) {
            out.append(known.get());
            return;
        }
        if (kpi instanceof Kpi.Ratio r) {
            if (r.unit() == KpiUnit.PERCENT && r.direction() == Direction.HIGHER_IS_BETTER) {
                require(kpi, Kpis.ratio(r.numerator(), r.denominator()), top);
                binary(r.numerator(), " / ", r.denominator(), PRODUCT);
                return;
            }
            require(kpi, Kpis.ratio(r.numerator(), r.denominator(), r.unit(), r.direction()), top);
            call("ratio", r.numerator(), r.denominator());
            out.setLength(out.length() - 1);
            out.append(", ").append(r.unit().name().toLowerCase(Locale.ROOT)).append(", ")
                    .append(r.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower").append(')');
        } else if (kpi instanceof Kpi.Sum s) {
            require(kpi, Kpis.sum(s.terms().toArray(Kpi[]::new)), top);
            if (s.terms().size() == 2) {
                binary(s.terms().get(0), " + ", s.terms().get(1), SUM);
            } else {
                call("sum", s.terms().toArray(Kpi[]::new));
            }
        } else if (kpi instanceof Kpi.Difference d) {
            require(kpi, Kpis.difference(d.minuend(), d.subtrahend()), top);
            binary(d.minuend(), " - ", d.subtrahend(), SUM);
        } else if (kpi instanceof Kpi.Scaled s) {
            require(kpi, Kpis.scaled(s.kpi(), s.factor()), top);
            operand(s.kpi(), PRODUCT, false);
            out.append(" * ").append(s.factor().signum() < 0 ? "-" : "").append(number(s.factor().abs(), false));
        } else if (kpi instanceof Kpi.TargetGap g) {
            require(kpi, Kpis.gapToTarget(g.kpi(), g.target()), top);
            operand(g.kpi(), SUM, false);
            BigDecimal target = g.target();
            out.append(target.signum() < 0 ? " + " : " - ").append(number(target.abs(), g.kpi().unit() == KpiUnit.PERCENT));
        } else if (kpi instanceof Kpi.Attainment a) {
            require(kpi, Kpis.attainment(a.kpi(), a.target()), top);
            call("attainment", a.kpi());
            out.setLength(out.length() - 1);
            out.append(", ").append(number(a.target(), false)).append(')');
        } else if (kpi instanceof Kpi.TimeRate t) {
            requireCalendar(kpi, t.calendar());
            boolean week = t.per() == Kpi.TimeRate.Per.WEEK;
            require(kpi, week ? Kpis.perWeek(t.kpi(), t.calendar()) : Kpis.perWorkingDay(t.kpi(), t.calendar()), top);
            call(week ? "per_week" : "per_working_day", t.kpi());
        } else if (kpi instanceof Kpi.Where w) {
            require(kpi, Kpis.where(w.kpi(), w.condition()), top);
            call("where", w.kpi());
            out.setLength(out.length() - 1);
            out.append(", ").append(condition(kpi, w.condition())).append(')');
        } else if (kpi instanceof Kpi.PreviousPeriod p) {
            require(kpi, Kpis.previousPeriod(p.kpi()), top);
            call("previous", p.kpi());
        } else if (kpi instanceof Kpi.PeerComparison p) {
            boolean gap = p.measure() == Kpi.PeerComparison.Measure.GAP;
            require(kpi, gap ? Kpis.peerGap(p.kpi()) : Kpis.peerRank(p.kpi()), top);
            call(gap ? "peer_gap" : "peer_rank", p.kpi());
        } else {
            leaf(kpi, top);
        }
    }

    /** Recognises the factories that build a composite under a name of their own. */
    private Supplier<String> recognised(Kpi kpi, boolean top) {
        if (!(kpi instanceof Kpi.Ratio r)) {
            return null;
        }
        if (matches(kpi, Kpis.referralShareOfNewClients(), top)) {
            return () -> "referral_share()";
        }
        if (r.numerator() instanceof Kpi.Where w && w.kpi() instanceof Kpi.Sum visits) {
            List<ActivityType> types = new ArrayList<>();
            for (Kpi term : visits.terms()) {
                if (term instanceof Kpi.ActivityCount count) {
                    types.add(count.type());
                }
            }
            if (types.size() == visits.terms().size()
                    && matches(kpi, Kpis.productiveVisitRate(types.toArray(ActivityType[]::new)), top)) {
                return () -> "productive_visits(" + String.join(", ", types.stream().map(ActivityType::id).toList()) + ")";
            }
        }
        if (r.numerator() instanceof Kpi.Sum hours && r.denominator() instanceof Kpi.WorkingHours working
                && working.calendar().equals(calendar)) {
            List<ActivityType> types = new ArrayList<>();
            for (Kpi term : hours.terms()) {
                if (term instanceof Kpi.TotalHours timed) {
                    types.add(timed.type());
                }
            }
            if (types.size() == hours.terms().size()
                    && matches(kpi, Kpis.sellingTimeShare(calendar, types.toArray(ActivityType[]::new)), top)) {
                return () -> "selling_time(" + String.join(", ", types.stream().map(ActivityType::id).toList()) + ")";
            }
        }
        if (r.denominator() instanceof Kpi.PreviousPeriod previous
                && matches(kpi, Kpis.changeFromPreviousPeriod(previous.kpi()), top)) {
            return () -> {
                Formatter inner = new Formatter(registry, calendar);
                inner.write(previous.kpi(), false);
                return "change(" + inner.out + ")";
            };
        }
        return null;
    }

    private void leaf(Kpi kpi, boolean top) {
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
        } else if (kpi instanceof Kpi.StageConversion k) {
            plain = Kpis.stageConversion(k.pipeline(), k.from().name(), k.to().name(), k.basis(), k.reach());
            text = "conversion(" + k.from().name() + ", " + k.to().name()
                    + (k.basis() == Kpi.StageConversion.Basis.FLOW ? ", flow" : "")
                    + (k.reach() == Kpi.StageConversion.Reach.DIRECT ? ", direct" : "") + ")";
        } else if (kpi instanceof Kpi.SalesCycleDays k) {
            plain = k.start() == null ? Kpis.salesCycleDays(k.statistic())
                    : Kpis.salesCycleDays(k.statistic(), k.pipeline(), k.start().name());
            String cycle = "cycle_days(" + (k.start() == null ? "" : k.start().name()) + ")";
            text = k.statistic() == Statistic.MEDIAN ? "median(" + cycle + ")" : cycle;
        } else if (kpi instanceof Kpi.NewAccountsWon) {
            plain = Kpis.newAccountsWon();
            text = "new_accounts()";
        } else if (kpi instanceof Kpi.SalesVelocity) {
            plain = Kpis.salesVelocity();
            text = "velocity()";
        } else if (kpi instanceof Kpi.PipelineCoverage k) {
            plain = Kpis.pipelineCoverage(k.target());
            text = "coverage(" + number(k.target().amount().stripTrailingZeros(), false) + ", "
                    + k.target().currency().getCurrencyCode().toLowerCase(Locale.ROOT) + ")";
        } else if (kpi instanceof Kpi.ShareOfWallet) {
            plain = Kpis.shareOfWallet();
            text = "share_of_wallet()";
        } else if (kpi instanceof Kpi.WorkingHours k) {
            requireCalendar(kpi, k.calendar());
            plain = Kpis.workingHours(k.calendar());
            text = "working_hours()";
        } else {
            throw new IllegalArgumentException("kpi must not carry a target to be written as a formula"
                    + " (formulas state no bands): " + kpi.id());
        }
        require(kpi, plain, top);
        out.append(text);
    }

    private void binary(Kpi left, String operator, Kpi right, int precedence) {
        operand(left, precedence, false);
        out.append(operator);
        operand(right, precedence, true);
    }

    /** Writes an operand, in parentheses when it binds more loosely than its operator (or as loosely, on the right). */
    private void operand(Kpi kpi, int operator, boolean right) {
        int own = precedence(kpi);
        boolean parens = right ? own <= operator : own < operator;
        if (parens) {
            out.append('(');
        }
        write(kpi, false);
        if (parens) {
            out.append(')');
        }
    }

    private void call(String function, Kpi... arguments) {
        out.append(function).append('(');
        for (int i = 0; i < arguments.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(arguments[i], false);
        }
        out.append(')');
    }

    /**
     * Writes a number that is not negative so that the parser reads it back: as a percentage when
     * preferred or when only that form fits the parser's number length (a number read as
     * {@code 9999…9%} is stored a hundred times smaller, with two more digits), plainly otherwise.
     */
    private static String number(BigDecimal value, boolean preferPercent) {
        String plain = value.stripTrailingZeros().toPlainString();
        String percent = value.movePointRight(2).stripTrailingZeros().toPlainString();
        boolean plainFits = plain.length() <= Parser.MAX_NUMBER_LENGTH;
        boolean percentFits = percent.length() <= Parser.MAX_NUMBER_LENGTH;
        if (percentFits && (preferPercent || !plainFits)) {
            return percent + "%";
        }
        if (plainFits) {
            return plain;
        }
        throw new IllegalArgumentException("number must have at most " + Parser.MAX_NUMBER_LENGTH
                + " digits to be written as a formula: " + plain);
    }

    private static String condition(Kpi kpi, Condition condition) {
        if (condition instanceof Condition.OutcomeIn in) {
            return "outcome(" + String.join(", ", in.outcomes().stream().sorted()
                    .map(o -> o.name().toLowerCase(Locale.ROOT)).toList()) + ")";
        } else if (condition instanceof Condition.AttributeIs is) {
            return "attribute(" + word(kpi, is.key()) + ", " + word(kpi, is.value()) + ")";
        } else if (condition instanceof Condition.SourceIn in) {
            return "source(" + String.join(", ", in.sourceIds().stream().sorted().map(id -> word(kpi, id)).toList()) + ")";
        }
        return "referral()";
    }

    private static String word(Kpi kpi, String text) {
        if (!text.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("kpi's condition must name lower-case identifiers to be written as a"
                    + " formula: " + kpi.id() + " names \"" + text + "\"");
        }
        return text;
    }

    private void requireCalendar(Kpi kpi, WorkCalendar own) {
        if (!own.equals(calendar)) {
            throw new IllegalArgumentException("kpi must use the registry's calendar to be written as a formula: "
                    + kpi.id());
        }
    }

    private static boolean matches(Kpi kpi, Kpi candidate, boolean top) {
        return top ? Kpis.renamed(candidate, kpi.id(), kpi.displayName()).equals(kpi) : candidate.equals(kpi);
    }

    private static void require(Kpi kpi, Kpi plain, boolean top) {
        if (!matches(kpi, plain, top)) {
            throw new IllegalArgumentException("kpi must be built by the factories or defined in the registry"
                    + " to be written as a formula: " + kpi.id());
        }
    }
}
