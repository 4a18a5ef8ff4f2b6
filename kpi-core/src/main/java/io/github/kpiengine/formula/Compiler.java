package io.github.kpiengine.formula;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Stage;
import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Kpis;
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
            "conversion", "cycle_days", "new_accounts", "ratio");

    /** Resolves a reference to another definition; null when there is none of that name. */
    interface Resolver {
        Kpi resolve(Node.Name name);
    }

    private final List<ActivityType> types;
    private final Pipeline pipeline;
    private final FormulaLimits limits;

    Compiler(List<ActivityType> types, Pipeline pipeline, FormulaLimits limits) {
        this.types = types;
        this.pipeline = pipeline;
        this.limits = limits;
    }

    FormulaLimits limits() {
        return limits;
    }

    Kpi compile(String text, Node node, Resolver resolver) {
        return new Run(text, resolver).kpi(node);
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
            } else if (node instanceof Node.Call call) {
                return call(call);
            } else if (node instanceof Node.Binary binary) {
                if (binary.operator() != '/') {
                    throw error(binary, "'" + binary.operator() + "'",
                            "'/' between two KPIs (the only arithmetic the KPI family has yet)");
                }
                return Kpis.ratio(kpi(binary.left()), kpi(binary.right()));
            } else if (node instanceof Node.Number) {
                throw error(node, "a number", "a KPI");
            } else {
                throw error(node, "'-'", "a KPI");
            }
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
                    ActivityType timed = type(args.get(0));
                    if (!timed.isTimed()) {
                        throw error(args.get(0), "counted type '" + timed.id() + "'", "a timed activity type");
                    }
                    return Kpis.totalHours(timed);
                case "win_rate":
                    arity(call, 0, 0);
                    return Kpis.winRate();
                case "revenue_per_sale":
                    arity(call, 0, 0);
                    return Kpis.averageRevenuePerSale();
                case "conversion":
                    arity(call, 2, 2);
                    if (pipeline == null) {
                        throw error(call, "conversion(...) in a registry without a pipeline",
                                "a registry built with pipeline(...)");
                    }
                    Stage from = stage(args.get(0));
                    Stage to = stage(args.get(1));
                    return Kpis.stageConversion(pipeline, from.name(), to.name());
                case "cycle_days":
                    arity(call, 0, 0);
                    return Kpis.meanSalesCycleDays();
                case "new_accounts":
                    arity(call, 0, 0);
                    return Kpis.newAccountsWon();
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
                default:
                    throw error(call, "unknown function '" + call.function() + "'",
                            "one of " + FUNCTIONS.stream().sorted().collect(Collectors.joining(", ")));
            }
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
            String expected = "a unit (count, money, percent, days, hours)";
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
