package io.github.kpiengine.formula;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Stage;
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
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a syntax tree into a {@link Kpi} through the factories of {@link Kpis}. Recursion follows the
 * tree, whose depth the parser has bounded. Every mistake is a {@link FormulaException} at the spot.
 */
final class Compiler {

    static final Set<String> FUNCTIONS = Set.of("count", "hours", "win_rate", "revenue_per_sale",
            "conversion", "cycle_days", "median", "average", "new_accounts", "ratio", "sum", "velocity",
            "coverage", "share_of_wallet", "referral_share", "productive_visits", "selling_time", "working_hours",
            "per_week", "per_working_day", "where", "outcome", "attribute", "source", "referral", "existing_client", "prospect", "attainment",
            "previous", "change", "peer_gap", "peer_rank", "won_revenue", "deals_won", "deals_lost",
            "opportunities_opened", "open_pipeline");

    /** Resolves a reference to another definition; null when there is none of that name. */
    interface Resolver {
        Kpi resolve(Node.Name name);
    }

    private final List<ActivityType> types;
    private final Pipeline pipeline;
    private final WorkCalendar calendar;
    private final FormulaLimits limits;

    Compiler(List<ActivityType> types, Pipeline pipeline, WorkCalendar calendar, FormulaLimits limits) {
        this.types = types;
        this.pipeline = pipeline;
        this.calendar = calendar;
        this.limits = limits;
    }

    FormulaLimits limits() {
        return limits;
    }

    WorkCalendar calendar() {
        return calendar;
    }

    Kpi compile(String text, Node node, Resolver resolver) {
        Kpi kpi = new Run(text, resolver).kpi(node);
        long parts = parts(kpi.expression(), new java.util.IdentityHashMap<>());
        if (parts > limits.maxParts()) {
            throw new FormulaException(text, 0, "a definition of more than " + limits.maxParts()
                    + " parts once its references are written out", "at most " + limits.maxParts() + " parts");
        }
        return kpi;
    }

    /** Counts a definition's parts as if every reference were written out, each shared part counted once per use. */
    private static long parts(KpiExpression expression, java.util.Map<KpiExpression, Long> known) {
        Long done = known.get(expression);
        if (done != null) {
            return done;
        }
        long total = 1;
        for (KpiExpression part : expression.children()) {
            total = Math.min(Long.MAX_VALUE / 4, total + parts(part, known));
        }
        known.put(expression, total);
        return total;
    }

    private final class Run {

        private final String text;
        private final Resolver resolver;

        Run(String text, Resolver resolver) {
            this.text = text;
            this.resolver = resolver;
        }

        Kpi kpi(Node node) {
            if (node instanceof Node.Name name) {
                Kpi kpi = resolver.resolve(name);
                if (kpi == null) {
                    throw error(name, "unknown name '" + name.id() + "'", "a defined KPI or a function call");
                }
                return kpi;
            } else if (node instanceof Node.Call || node instanceof Node.Binary) {
                try {
                    return node instanceof Node.Call call ? call(call) : binary((Node.Binary) node);
                } catch (FormulaException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw error(node, "a definition the KPI family refuses (" + e.getMessage() + ")",
                            "a valid definition");
                }
            } else if (node instanceof Node.Number) {
                throw error(node, "a number", "a KPI");
            }
            // A chain of minus signs is read in a loop: an odd count negates.
            Node inner = node;
            int signs = 0;
            while (inner instanceof Node.Negate negate) {
                signs++;
                inner = negate.operand();
            }
            if (inner instanceof Node.Number) {
                throw error(node, "a number", "a KPI");
            }
            Kpi kpi = kpi(inner);
            return signs % 2 == 0 ? kpi : Kpis.scaled(kpi, BigDecimal.ONE.negate());
        }

        private boolean isNumber(Node node) {
            Node inner = node;
            while (inner instanceof Node.Negate negate) {
                inner = negate.operand();
            }
            return inner instanceof Node.Number;
        }

        private BigDecimal number(Node node) {
            Node inner = node;
            boolean negative = false;
            while (inner instanceof Node.Negate negate) {
                negative = !negative;
                inner = negate.operand();
            }
            if (!(inner instanceof Node.Number number)) {
                throw error(node, "an expression", "a number");
            }
            return negative ? number.value().negate() : number.value();
        }

        private Kpi binary(Node.Binary binary) {
            Node left = binary.left();
            Node right = binary.right();
            boolean leftNumber = isNumber(left);
            boolean rightNumber = isNumber(right);
            if (leftNumber && rightNumber) {
                throw error(binary, "arithmetic on two numbers", "a KPI on at least one side");
            }
            switch (binary.operator()) {
                case '+':
                    if (rightNumber) {
                        return Kpis.gapToTarget(kpi(left), number(right).negate());
                    }
                    if (leftNumber) {
                        throw error(left, "a number before '+'", "a KPI (write the number after it)");
                    }
                    return Kpis.sum(sameUnit(binary, kpi(left), kpi(right)));
                case '-':
                    if (rightNumber) {
                        return Kpis.gapToTarget(kpi(left), number(right));
                    }
                    if (leftNumber) {
                        throw error(left, "a number before '-'", "a KPI (a KPI minus a target)");
                    }
                    Kpi[] both = sameUnit(binary, kpi(left), kpi(right));
                    return Kpis.difference(both[0], both[1]);
                case '*':
                    if (rightNumber) {
                        return scaled(kpi(left), number(right), right);
                    }
                    if (leftNumber) {
                        return scaled(kpi(right), number(left), left);
                    }
                    throw error(binary, "a product of two KPIs", "a KPI times a number");
                default:
                    if (rightNumber) {
                        BigDecimal divisor = number(right);
                        if (divisor.signum() == 0) {
                            throw error(right, "a division by zero", "a number other than 0");
                        }
                        BigDecimal factor = null;
                        try {
                            factor = BigDecimal.ONE.divide(divisor);
                        } catch (ArithmeticException e) {
                            // Left null: refused below.
                        }
                        if (factor == null || factor.abs().stripTrailingZeros().toPlainString().length()
                                > Parser.MAX_NUMBER_LENGTH) {
                            throw error(right, "a divisor whose inverse is not an exact decimal",
                                    "a divisor such as 2, 4, 5 or 8, or '*' with the inverse");
                        }
                        return Kpis.scaled(kpi(left), factor);
                    }
                    if (leftNumber) {
                        throw error(left, "a number divided by a KPI", "a KPI divided by a KPI or a number");
                    }
                    return Kpis.ratio(kpi(left), kpi(right));
            }
        }

        private Kpi[] sameUnit(Node.Binary binary, Kpi left, Kpi right) {
            if (left.unit() != right.unit()) {
                throw error(binary, "'" + binary.operator() + "' between " + left.unit().name().toLowerCase(Locale.ROOT)
                        + " and " + right.unit().name().toLowerCase(Locale.ROOT), "two KPIs of one unit");
            }
            return new Kpi[] {left, right};
        }

        private Kpi scaled(Kpi kpi, BigDecimal factor, Node at) {
            if (factor.signum() == 0) {
                throw error(at, "a factor of 0", "a number other than 0");
            }
            return Kpis.scaled(kpi, factor);
        }

        private Kpi call(Node.Call call) {
            List<Node> args = call.arguments();
            switch (call.function()) {
                case "count":
                    arity(call, 1, 2);
                    ActivityType type = type(args.get(0));
                    return args.size() == 1 ? Kpis.activityCount(type) : Kpis.activityCount(type, outcome(args.get(1)));
                case "hours":
                    arity(call, 1, 1);
                    return Kpis.totalHours(timed(args.get(0)));
                case "win_rate":
                    arity(call, 0, 0);
                    return Kpis.winRate();
                case "revenue_per_sale":
                    arity(call, 0, 0);
                    return Kpis.averageRevenuePerSale();
                case "conversion":
                    return conversion(call);
                case "cycle_days":
                    arity(call, 0, 1);
                    if (args.isEmpty()) {
                        return Kpis.meanSalesCycleDays();
                    }
                    return Kpis.salesCycleDays(Statistic.MEAN, pipeline(call), stage(args.get(0)).name());
                case "median":
                case "average":
                    arity(call, 1, 1);
                    Statistic statistic = call.function().equals("median") ? Statistic.MEDIAN : Statistic.MEAN;
                    if (!(args.get(0) instanceof Node.Call inner && inner.function().equals("cycle_days"))) {
                        throw error(args.get(0), "an expression", "cycle_days(...), the one KPI of many observations");
                    }
                    KpiExpression.SalesCycleDays cycle = (KpiExpression.SalesCycleDays) call(inner).expression();
                    return cycle.start().isEmpty() ? Kpis.salesCycleDays(statistic)
                            : Kpis.salesCycleDays(statistic, cycle.pipeline().orElseThrow(), cycle.start().get().name());
                case "new_accounts":
                    arity(call, 0, 0);
                    return Kpis.newAccountsWon();
                case "won_revenue":
                    arity(call, 0, 0);
                    return Kpis.wonRevenue();
                case "deals_won":
                    arity(call, 0, 0);
                    return Kpis.dealsWon();
                case "deals_lost":
                    arity(call, 0, 0);
                    return Kpis.dealsLost();
                case "opportunities_opened":
                    arity(call, 0, 0);
                    return Kpis.opportunitiesOpened();
                case "open_pipeline":
                    arity(call, 0, 0);
                    return Kpis.openPipelineValue();
                case "ratio":
                    arity(call, 2, 4);
                    if (args.size() == 3) {
                        throw error(call, "3 arguments", "2 arguments, or 4 with a unit and a direction");
                    }
                    Kpi numerator = kpi(args.get(0));
                    Kpi denominator = kpi(args.get(1));
                    if (args.size() == 2) {
                        return Kpis.ratio(numerator, denominator);
                    }
                    return Kpis.ratio(numerator, denominator, unit(args.get(2)), direction(args.get(3)));
                case "sum":
                    arity(call, 1, Integer.MAX_VALUE);
                    List<Kpi> terms = new ArrayList<>();
                    for (Node arg : args) {
                        terms.add(kpi(arg));
                    }
                    for (int i = 1; i < terms.size(); i++) {
                        if (terms.get(i).unit() != terms.get(0).unit()) {
                            throw error(args.get(i), "a term in " + terms.get(i).unit().name().toLowerCase(Locale.ROOT),
                                    "a term in " + terms.get(0).unit().name().toLowerCase(Locale.ROOT) + " like the first");
                        }
                    }
                    return Kpis.sum(terms.toArray(Kpi[]::new));
                case "velocity":
                    arity(call, 0, 0);
                    return Kpis.salesVelocity();
                case "coverage":
                    arity(call, 2, 2);
                    BigDecimal target = number(args.get(0));
                    Currency currency = currency(args.get(1));
                    if (target.signum() <= 0) {
                        throw error(args.get(0), "a target of " + target.toPlainString(), "a positive amount");
                    }
                    if (target.scale() > Math.max(0, currency.getDefaultFractionDigits())) {
                        throw error(args.get(0), "more decimals than " + currency.getCurrencyCode() + " has",
                                "an amount in " + currency.getCurrencyCode());
                    }
                    return Kpis.pipelineCoverage(new Money(target, currency));
                case "share_of_wallet":
                    arity(call, 0, 0);
                    return Kpis.shareOfWallet();
                case "referral_share":
                    arity(call, 0, 0);
                    return Kpis.referralShareOfNewClients();
                case "productive_visits":
                    arity(call, 1, Integer.MAX_VALUE);
                    return Kpis.productiveVisitRate(args.stream().map(this::type).toArray(ActivityType[]::new));
                case "selling_time":
                    arity(call, 1, Integer.MAX_VALUE);
                    return Kpis.sellingTimeShare(calendar, args.stream().map(this::timed).toArray(ActivityType[]::new));
                case "working_hours":
                    arity(call, 0, 0);
                    return Kpis.workingHours(calendar);
                case "per_week":
                    arity(call, 1, 1);
                    return Kpis.perWeek(kpi(args.get(0)), calendar);
                case "per_working_day":
                    arity(call, 1, 1);
                    return Kpis.perWorkingDay(kpi(args.get(0)), calendar);
                case "where":
                    arity(call, 2, 2);
                    Kpi filtered = kpi(args.get(0));
                    Condition condition = condition(args.get(1));
                    try {
                        return Kpis.where(filtered, condition);
                    } catch (IllegalArgumentException e) {
                        throw error(args.get(1), "a condition that does not fit " + filtered.id(),
                                condition.appliesToActivities() ? "source(...) or referral() for opportunities"
                                        : "outcome(...), attribute(...), existing_client() or prospect() for activities");
                    }
                case "attainment":
                    arity(call, 2, 2);
                    Kpi achieved = kpi(args.get(0));
                    BigDecimal goal = number(args.get(1));
                    if (goal.signum() <= 0) {
                        throw error(args.get(1), "a target of " + goal.toPlainString(), "a positive target");
                    }
                    return Kpis.attainment(achieved, goal);
                case "previous":
                case "change":
                    arity(call, 1, 1);
                    Kpi looked = kpi(args.get(0));
                    try {
                        return call.function().equals("previous") ? Kpis.previousPeriod(looked)
                                : Kpis.changeFromPreviousPeriod(looked);
                    } catch (IllegalArgumentException e) {
                        throw error(args.get(0), "a KPI that looks back or compares with peers itself",
                                "a KPI over its own period");
                    }
                case "peer_gap":
                case "peer_rank":
                    arity(call, 1, 1);
                    Kpi compared = kpi(args.get(0));
                    try {
                        return call.function().equals("peer_gap") ? Kpis.peerGap(compared) : Kpis.peerRank(compared);
                    } catch (IllegalArgumentException e) {
                        throw error(args.get(0), "a KPI that compares with peers itself", "a KPI of the scope's own");
                    }
                case "outcome":
                case "attribute":
                case "source":
                case "referral":
                case "existing_client":
                case "prospect":
                    throw error(call, "the condition " + call.function() + "(...) outside where(...)",
                            "a KPI; conditions go in where(kpi, condition)");
                default:
                    throw error(call, "unknown function '" + call.function() + "'",
                            "one of " + FUNCTIONS.stream().sorted().collect(Collectors.joining(", ")));
            }
        }

        private Kpi conversion(Node.Call call) {
            arity(call, 2, 4);
            List<Node> args = call.arguments();
            Pipeline flowPipeline = pipeline(call);
            Stage from = stage(args.get(0));
            Stage to = stage(args.get(1));
            KpiExpression.StageConversion.Basis basis = KpiExpression.StageConversion.Basis.COHORT;
            KpiExpression.StageConversion.Reach reach = KpiExpression.StageConversion.Reach.EVENTUAL;
            for (Node option : args.subList(2, args.size())) {
                String expected = "an option (cohort, flow, eventual, direct)";
                switch (word(option, expected)) {
                    case "cohort" -> basis = KpiExpression.StageConversion.Basis.COHORT;
                    case "flow" -> basis = KpiExpression.StageConversion.Basis.FLOW;
                    case "eventual" -> reach = KpiExpression.StageConversion.Reach.EVENTUAL;
                    case "direct" -> reach = KpiExpression.StageConversion.Reach.DIRECT;
                    default -> throw error(option, "unknown option '" + word(option, expected) + "'", expected);
                }
            }
            try {
                return Kpis.stageConversion(flowPipeline, from.name(), to.name(), basis, reach);
            } catch (IllegalArgumentException e) {
                throw error(args.get(1), "stage '" + to.name() + "' from '" + from.name() + "'",
                        "an open stage, and a later stage or won");
            }
        }

        private Pipeline pipeline(Node.Call call) {
            if (pipeline == null) {
                throw error(call, call.function() + "(...) in a registry without a pipeline",
                        "a registry built with pipeline(...)");
            }
            return pipeline;
        }

        private Condition condition(Node node) {
            String expected = "a condition: outcome(...), attribute(key, value), existing_client(), prospect(),"
                    + " source(...) or referral()";
            if (!(node instanceof Node.Call call)) {
                throw error(node, "an expression", expected);
            }
            List<Node> args = call.arguments();
            switch (call.function()) {
                case "outcome":
                    arity(call, 1, Integer.MAX_VALUE);
                    return Condition.outcomeIn(args.stream().map(this::outcome).toArray(Outcome[]::new));
                case "attribute":
                    arity(call, 2, 2);
                    return Condition.attribute(word(args.get(0), "an attribute key"), word(args.get(1), "a value"));
                case "source":
                    arity(call, 1, Integer.MAX_VALUE);
                    return new Condition.SourceIn(new java.util.TreeSet<>(args.stream()
                            .map(arg -> word(arg, "a source id")).toList()));
                case "referral":
                    arity(call, 0, 0);
                    return Condition.referral();
                case "existing_client":
                    arity(call, 0, 0);
                    return Condition.existingClient();
                case "prospect":
                    arity(call, 0, 0);
                    return Condition.prospect();
                default:
                    throw error(node, "the function " + call.function() + "(...)", expected);
            }
        }

        private Currency currency(Node node) {
            String expected = "a currency code in lower case, such as eur";
            String code = word(node, expected);
            try {
                if (code.length() == 3) {
                    return Currency.getInstance(code.toUpperCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException e) {
                // Falls through to the error below.
            }
            throw error(node, "unknown currency '" + code + "'", expected);
        }

        private ActivityType timed(Node node) {
            ActivityType timed = type(node);
            if (!timed.isTimed()) {
                throw error(node, "counted type '" + timed.id() + "'", "a timed activity type");
            }
            return timed;
        }

        private void arity(Node.Call call, int min, int max) {
            int n = call.arguments().size();
            if (n < min || n > max) {
                String wanted = min == max ? min + " argument" + (min == 1 ? "" : "s")
                        : min + " to " + max + " arguments";
                throw error(call, n + " argument" + (n == 1 ? "" : "s") + " to " + call.function(), wanted);
            }
        }

        private String word(Node node, String expected) {
            if (node instanceof Node.Name name) {
                return name.id();
            }
            throw error(node, "an expression", expected);
        }

        private ActivityType type(Node node) {
            String expected = "an activity type (" + types.stream().map(ActivityType::id)
                    .collect(Collectors.joining(", ")) + ")";
            String id = word(node, expected);
            for (ActivityType type : types) {
                if (type.id().equals(id)) {
                    return type;
                }
            }
            throw error(node, "unknown activity type '" + id + "'", expected);
        }

        private Outcome outcome(Node node) {
            String expected = "an outcome (advanced, order_commitment, referral_list, none)";
            String id = word(node, expected);
            for (Outcome outcome : Outcome.values()) {
                if (outcome.name().toLowerCase(Locale.ROOT).equals(id)) {
                    return outcome;
                }
            }
            throw error(node, "unknown outcome '" + id + "'", expected);
        }

        private Stage stage(Node node) {
            String expected = "a stage of the pipeline (" + pipeline.stages().stream().map(Stage::name)
                    .collect(Collectors.joining(", ")) + ")";
            String id = word(node, expected);
            return pipeline.find(id).orElseThrow(() -> error(node, "unknown stage '" + id + "'", expected));
        }

        private KpiUnit unit(Node node) {
            String expected = "a unit (count, money, percent, days, hours, number)";
            String id = word(node, expected);
            for (KpiUnit unit : KpiUnit.values()) {
                if (unit.name().toLowerCase(Locale.ROOT).equals(id)) {
                    return unit;
                }
            }
            throw error(node, "unknown unit '" + id + "'", expected);
        }

        private Direction direction(Node node) {
            String expected = "a direction (higher, lower)";
            String id = word(node, expected);
            if (id.equals("higher")) {
                return Direction.HIGHER_IS_BETTER;
            }
            if (id.equals("lower")) {
                return Direction.LOWER_IS_BETTER;
            }
            throw error(node, "unknown direction '" + id + "'", expected);
        }

        private FormulaException error(Node node, String found, String expected) {
            return new FormulaException(text, node.offset(), found, expected);
        }
    }
}
