package io.github.kpiengine.formula;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiExpression;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a definition's expression as a formula that compiles back to an equal expression. Parts
 * equal to a definition of the registry are written as references to it; the outermost expression
 * is written by its body. Each part is written once, with how tightly it binds, and its parent puts
 * it in parentheses when it binds more loosely than the operator around it.
 */
final class Formatter implements KpiExpression.Visitor<Formatter.Written> {

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int ATOM = 3;

    /** A part written out, and how tightly it binds: a sum, a product, or an atom such as a call. */
    record Written(String text, int precedence) {
    }

    private final Map<String, Kpi> registry;
    private final WorkCalendar calendar;
    private final Map<KpiExpression, Written> done = new IdentityHashMap<>();

    private Formatter(Map<String, Kpi> registry, WorkCalendar calendar) {
        this.registry = registry;
        this.calendar = calendar;
    }

    static String format(Kpi kpi, Map<String, Kpi> registry, WorkCalendar calendar) {
        return kpi.expression().accept(new Formatter(registry, calendar)).text();
    }

    /** Writes a part: by name when the registry defines it, by its body otherwise; each shared part once. */
    private Written part(KpiExpression expression) {
        Written known = done.get(expression);
        if (known != null) {
            return known;
        }
        Written written = null;
        for (Map.Entry<String, Kpi> entry : registry.entrySet()) {
            if (entry.getValue().expression().equals(expression)) {
                written = new Written(entry.getKey(), ATOM);
                break;
            }
        }
        if (written == null) {
            written = expression.accept(this);
        }
        done.put(expression, written);
        return written;
    }

    /** Writes an operand, in parentheses when it binds more loosely than its operator (or as loosely, on the right). */
    private String operand(KpiExpression expression, int operator, boolean right) {
        Written written = part(expression);
        boolean parens = right ? written.precedence() <= operator : written.precedence() < operator;
        return parens ? "(" + written.text() + ")" : written.text();
    }

    private Written binary(KpiExpression left, String operator, KpiExpression right, int precedence) {
        return new Written(operand(left, precedence, false) + operator + operand(right, precedence, true), precedence);
    }

    private Written call(String function, Object... arguments) {
        List<String> texts = new ArrayList<>();
        for (Object argument : arguments) {
            texts.add(argument instanceof KpiExpression e ? part(e).text() : argument.toString());
        }
        return new Written(function + "(" + String.join(", ", texts) + ")", ATOM);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Written activityCount(KpiExpression.ActivityCount e) {
        return e.outcome().map(o -> call("count", e.type().id(), lower(o))).orElseGet(() -> call("count", e.type().id()));
    }

    @Override
    public Written totalHours(KpiExpression.TotalHours e) {
        return call("hours", e.type().id());
    }

    @Override
    public Written winRate(KpiExpression.WinRate e) {
        return call("win_rate");
    }

    @Override
    public Written averageRevenuePerSale(KpiExpression.AverageRevenuePerSale e) {
        return call("revenue_per_sale");
    }

    @Override
    public Written wonRevenue(KpiExpression.WonRevenue e) {
        return call("won_revenue");
    }

    @Override
    public Written dealsWon(KpiExpression.DealsWon e) {
        return call("deals_won");
    }

    @Override
    public Written dealsLost(KpiExpression.DealsLost e) {
        return call("deals_lost");
    }

    @Override
    public Written opportunitiesOpened(KpiExpression.OpportunitiesOpened e) {
        return call("opportunities_opened");
    }

    @Override
    public Written openPipelineValue(KpiExpression.OpenPipelineValue e) {
        return call("open_pipeline");
    }

    @Override
    public Written stageConversion(KpiExpression.StageConversion e) {
        List<Object> arguments = new ArrayList<>(List.of(e.from().name(), e.to().name()));
        if (e.basis() == KpiExpression.StageConversion.Basis.FLOW) {
            arguments.add("flow");
        }
        if (e.reach() == KpiExpression.StageConversion.Reach.DIRECT) {
            arguments.add("direct");
        }
        return call("conversion", arguments.toArray());
    }

    @Override
    public Written salesCycleDays(KpiExpression.SalesCycleDays e) {
        Written cycle = e.start().map(stage -> call("cycle_days", stage.name())).orElseGet(() -> call("cycle_days"));
        return e.statistic() == Statistic.MEDIAN ? call("median", cycle.text()) : cycle;
    }

    @Override
    public Written newAccountsWon(KpiExpression.NewAccountsWon e) {
        return call("new_accounts");
    }

    @Override
    public Written salesVelocity(KpiExpression.SalesVelocity e) {
        return call("velocity");
    }

    @Override
    public Written pipelineCoverage(KpiExpression.PipelineCoverage e) {
        return call("coverage", number(e.target().amount(), false),
                e.target().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
    }

    @Override
    public Written shareOfWallet(KpiExpression.ShareOfWallet e) {
        return call("share_of_wallet");
    }

    @Override
    public Written workingHours(KpiExpression.WorkingHours e) {
        requireCalendar(e, e.calendar());
        return call("working_hours");
    }

    @Override
    public Written quotient(KpiExpression.Quotient e) {
        Written known = recognised(e);
        if (known != null) {
            return known;
        }
        if (e.unit() == KpiUnit.PERCENT && e.direction() == Direction.HIGHER_IS_BETTER) {
            return binary(e.numerator(), " / ", e.denominator(), PRODUCT);
        }
        return call("ratio", e.numerator(), e.denominator(), lower(e.unit()),
                e.direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower");
    }

    @Override
    public Written sum(KpiExpression.Sum e) {
        require(e, e.direction() == e.terms().get(0).direction(), "a sum better the way its first term is");
        if (e.terms().size() == 2) {
            return binary(e.terms().get(0), " + ", e.terms().get(1), SUM);
        }
        return call("sum", e.terms().toArray());
    }

    @Override
    public Written difference(KpiExpression.Difference e) {
        require(e, e.direction() == e.minuend().direction(), "a difference better the way its minuend is");
        return binary(e.minuend(), " - ", e.subtrahend(), SUM);
    }

    @Override
    public Written scaled(KpiExpression.Scaled e) {
        require(e, e.unit() == e.operand().unit() && e.direction() == e.operand().direction(),
                "a scaled KPI in the unit and direction of what it scales");
        String factor = (e.factor().signum() < 0 ? "-" : "") + number(e.factor().abs(), false);
        return new Written(operand(e.operand(), PRODUCT, false) + " * " + factor, PRODUCT);
    }

    @Override
    public Written timeRate(KpiExpression.TimeRate e) {
        requireCalendar(e, e.calendar());
        return call(e.per() == KpiExpression.TimeRate.Per.WEEK ? "per_week" : "per_working_day", e.operand());
    }

    @Override
    public Written where(KpiExpression.Where e) {
        return call("where", e.operand(), condition(e, e.condition()));
    }

    @Override
    public Written attainment(KpiExpression.Attainment e) {
        return call("attainment", e.operand(), number(e.target(), false));
    }

    @Override
    public Written targetGap(KpiExpression.TargetGap e) {
        BigDecimal target = e.target();
        return new Written(operand(e.operand(), SUM, false) + (target.signum() < 0 ? " + " : " - ")
                + number(target.abs(), e.operand().unit() == KpiUnit.PERCENT), SUM);
    }

    @Override
    public Written previousPeriod(KpiExpression.PreviousPeriod e) {
        return call("previous", e.operand());
    }

    @Override
    public Written peerGap(KpiExpression.PeerGap e) {
        return call("peer_gap", e.operand());
    }

    @Override
    public Written peerRank(KpiExpression.PeerRank e) {
        return call("peer_rank", e.operand());
    }

    /** Recognises the factories that build a quotient under a function of their own. */
    private Written recognised(KpiExpression.Quotient e) {
        if (e.equals(Kpis.referralShareOfNewClients().expression())) {
            return call("referral_share");
        }
        if (e.numerator() instanceof KpiExpression.Where w && w.operand() instanceof KpiExpression.Sum visits) {
            List<ActivityType> types = typesOf(visits, KpiExpression.ActivityCount.class);
            if (types != null && e.equals(Kpis.productiveVisitRate(types.toArray(ActivityType[]::new)).expression())) {
                return call("productive_visits", types.stream().map(ActivityType::id).toArray());
            }
        }
        if (e.numerator() instanceof KpiExpression.Sum hours && e.denominator() instanceof KpiExpression.WorkingHours w
                && w.calendar().equals(calendar)) {
            List<ActivityType> types = typesOf(hours, KpiExpression.TotalHours.class);
            if (types != null && e.equals(Kpis.sellingTimeShare(calendar, types.toArray(ActivityType[]::new)).expression())) {
                return call("selling_time", types.stream().map(ActivityType::id).toArray());
            }
        }
        if (e.denominator() instanceof KpiExpression.PreviousPeriod previous
                && e.equals(Kpis.changeFromPreviousPeriod(Kpi.of(previous.operand())).expression())) {
            return call("change", previous.operand());
        }
        return null;
    }

    /** Returns the activity types of a sum whose every term is a count or hours of one type, or null. */
    private static List<ActivityType> typesOf(KpiExpression.Sum sum, Class<? extends KpiExpression> kind) {
        List<ActivityType> types = new ArrayList<>();
        for (KpiExpression term : sum.terms()) {
            if (term instanceof KpiExpression.ActivityCount count && kind == KpiExpression.ActivityCount.class
                    && count.outcome().isEmpty()) {
                types.add(count.type());
            } else if (term instanceof KpiExpression.TotalHours hours && kind == KpiExpression.TotalHours.class) {
                types.add(hours.type());
            } else {
                return null;
            }
        }
        return types;
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

    private static String condition(KpiExpression e, Condition condition) {
        if (condition instanceof Condition.OutcomeIn in) {
            return "outcome(" + in.outcomes().stream().sorted().map(Formatter::lower).collect(Collectors.joining(", ")) + ")";
        } else if (condition instanceof Condition.AttributeIs is) {
            return "attribute(" + word(e, is.key()) + ", " + word(e, is.value()) + ")";
        } else if (condition instanceof Condition.SourceIn in) {
            return "source(" + in.sourceIds().stream().sorted().map(id -> word(e, id)).collect(Collectors.joining(", ")) + ")";
        } else if (condition instanceof Condition.ExistingClient) {
            return "existing_client()";
        } else if (condition instanceof Condition.Prospect) {
            return "prospect()";
        }
        return "referral()";
    }

    private static String word(KpiExpression e, String text) {
        if (!text.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("kpi's condition must name lower-case identifiers to be written as a"
                    + " formula: " + Kpi.of(e).id() + " names \"" + text + "\"");
        }
        return text;
    }

    private void requireCalendar(KpiExpression e, WorkCalendar own) {
        if (!own.equals(calendar)) {
            throw new IllegalArgumentException("kpi must use the registry's calendar to be written as a formula: "
                    + Kpi.of(e).id());
        }
    }

    private static void require(KpiExpression e, boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("kpi must be " + rule + " to be written as a formula: " + Kpi.of(e).id());
        }
    }
}
