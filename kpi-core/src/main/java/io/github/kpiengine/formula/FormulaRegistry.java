package io.github.kpiengine.formula;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Kpi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Named KPI definitions written as formulas, such as a CRM keeps in its settings, compiled to the same
 * {@link Kpi} definitions the Java factories build, so they evaluate at the same speed.
 *
 * <pre>{@code
 * FormulaRegistry registry = FormulaRegistry.builder()
 *         .pipeline(Pipeline.of("lead", "first_appointment", "proposal"))
 *         .define("proposal_rate", "count(proposal) / count(first_appointment)")
 *         .define("close_rate", "conversion(proposal, won)")
 *         .build();
 * Kpi rate = registry.kpi("proposal_rate");
 * Kpi adHoc = registry.parse("proposal_rate / close_rate");
 * String text = registry.format(adHoc);   // "proposal_rate / close_rate"
 * }</pre>
 *
 * <p>The language, each form mapping onto a factory of {@link io.github.kpiengine.kpi.Kpis}:
 * <ul>
 *   <li>arithmetic: {@code a / b} (ratio, aggregated by parts), {@code a + b} (sum), {@code a - b}
 *       (difference), {@code a * 2}, {@code 2 * a}, {@code a / 4} and {@code -a} (scaled by a
 *       number), {@code a - 20} and {@code a - 65%} (gap to a target), parentheses; numbers may be
 *       percentages ({@code 65%} is 0.65);</li>
 *   <li>activities: {@code count(type)}, {@code count(type, outcome)}, {@code hours(type)},
 *       {@code productive_visits(type, ...)}, {@code selling_time(timed type, ...)},
 *       {@code working_hours()};</li>
 *   <li>pipeline: {@code win_rate()}, {@code revenue_per_sale()}, {@code conversion(from, to)} with
 *       the options {@code flow} and {@code direct} ({@code conversion(lead, proposal, flow, direct)}),
 *       {@code cycle_days()} and {@code cycle_days(stage)} (mean), {@code median(cycle_days(...))},
 *       {@code average(cycle_days(...))}, {@code velocity()}, {@code coverage(1200000, eur)};</li>
 *   <li>accounts: {@code new_accounts()}, {@code referral_share()}, {@code share_of_wallet()};</li>
 *   <li>composition: {@code ratio(a, b)}, {@code ratio(a, b, unit, direction)} (a unit of
 *       {@code count}, {@code money}, {@code percent}, {@code days}, {@code hours} or {@code number},
 *       a direction of {@code higher} or {@code lower}), {@code sum(a, b, ...)},
 *       {@code per_week(a)}, {@code per_working_day(a)}, {@code where(a, condition)} with a condition
 *       of {@code outcome(o, ...)}, {@code attribute(key, value)}, {@code source(id, ...)} or
 *       {@code referral()}, {@code existing_client()}, {@code prospect()}, {@code attainment(a, target)}, {@code previous(a)}, {@code change(a)},
 *       {@code peer_gap(a)} and {@code peer_rank(a)}.</li>
 * </ul>
 * A bare name refers to another definition of the registry.
 *
 * <p>Every mistake (a malformed formula, an unknown name or activity type, a definition that refers
 * back to itself) is a {@link FormulaException} carrying its position. Parsing reflects on nothing,
 * loads no class and reaches nothing but this registry; formulas longer or deeper than the
 * {@link FormulaLimits} are refused before parsing. Immutable and thread-safe once built.
 */
public final class FormulaRegistry {

    private final Map<String, Kpi> kpis;
    private final Map<String, String> texts;
    private final Compiler compiler;

    private FormulaRegistry(Map<String, Kpi> kpis, Map<String, String> texts, Compiler compiler) {
        this.kpis = Collections.unmodifiableMap(kpis);
        this.texts = Collections.unmodifiableMap(texts);
        this.compiler = compiler;
    }

    /**
     * Starts a builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a definition by id.
     *
     * @param id the definition's id
     * @return the compiled definition, carrying that id
     * @throws IllegalArgumentException if the registry has no such definition
     */
    public Kpi kpi(String id) {
        Kpi kpi = kpis.get(Objects.requireNonNull(id, "id"));
        if (kpi == null) {
            throw new IllegalArgumentException("id must be a definition of the registry " + kpis.keySet() + ": " + id);
        }
        return kpi;
    }

    /**
     * Returns the ids of the definitions, in the order defined.
     *
     * @return the ids
     */
    public List<String> ids() {
        return List.copyOf(kpis.keySet());
    }

    /**
     * Returns the formula a definition was given as.
     *
     * @param id the definition's id
     * @return the formula text, or empty if the registry has no such definition
     */
    public Optional<String> text(String id) {
        return Optional.ofNullable(texts.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Compiles a formula against this registry's definitions.
     *
     * @param formula the formula
     * @return the definition
     * @throws FormulaException if the formula is malformed or names something unknown
     */
    public Kpi parse(String formula) {
        Objects.requireNonNull(formula, "formula");
        return compiler.compile(formula, Parser.parse(formula, compiler.limits()), name -> kpis.get(name.id()));
    }

    /**
     * Writes a definition's expression as a formula; {@link #parse(String)} reads it back to a
     * definition of an equal expression. Parts equal to a definition of this registry are written
     * as references to it; the outermost expression is written by its body. The definition's id,
     * display name and target are not part of a formula: the id belongs to
     * {@link Builder#define(String, String)}, and a formula states no target.
     *
     * @param kpi the definition
     * @return the formula
     * @throws IllegalArgumentException if the expression has a part no formula can state: a calendar
     *     other than the registry's, a condition naming something that is not an identifier, a
     *     number longer than the parser reads, or a sum, difference or scaled KPI with a unit or
     *     direction of its own
     */
    public String format(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        return Formatter.format(kpi, kpis, compiler.calendar());
    }

    /** Builds a {@link FormulaRegistry}. Not thread-safe; {@link #build()} compiles every definition. */
    public static final class Builder {

        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private final List<ActivityType> types = new ArrayList<>(ActivityType.standard());
        private Pipeline pipeline;
        private WorkCalendar calendar = WorkCalendar.standard();
        private FormulaLimits limits = FormulaLimits.DEFAULT;

        private Builder() {
        }

        /**
         * Sets the pipeline that {@code conversion(from, to)} refers to.
         *
         * @param salesPipeline the pipeline
         * @return this builder
         */
        public Builder pipeline(Pipeline salesPipeline) {
            this.pipeline = Objects.requireNonNull(salesPipeline, "pipeline");
            return this;
        }

        /**
         * Sets the calendar of {@code per_week}, {@code per_working_day}, {@code working_hours} and
         * {@code selling_time}; {@link WorkCalendar#standard()} unless set.
         *
         * @param workCalendar the calendar
         * @return this builder
         */
        public Builder calendar(WorkCalendar workCalendar) {
            this.calendar = Objects.requireNonNull(workCalendar, "calendar");
            return this;
        }

        /**
         * Adds an activity type that formulas may count, beside the standard ones.
         *
         * @param type the type
         * @return this builder
         */
        public Builder activityType(ActivityType type) {
            types.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Sets the length and depth limits; {@link FormulaLimits#DEFAULT} unless set.
         *
         * @param formulaLimits the limits
         * @return this builder
         */
        public Builder limits(FormulaLimits formulaLimits) {
            this.limits = Objects.requireNonNull(formulaLimits, "limits");
            return this;
        }

        /**
         * Defines a named KPI; its display name is its id.
         *
         * @param id a lower-case identifier, not a function's name
         * @param formula the formula
         * @return this builder
         */
        public Builder define(String id, String formula) {
            return define(id, id, formula);
        }

        /**
         * Defines a named KPI with a display name.
         *
         * @param id a lower-case identifier, not a function's name
         * @param displayName the name shown to people
         * @param formula the formula
         * @return this builder
         * @throws IllegalArgumentException if the id is not an identifier, names a function or is
         *     defined twice
         */
        public Builder define(String id, String displayName, String formula) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(formula, "formula");
            if (!id.matches("[a-z][a-z0-9_]{0,63}")) {
                throw new IllegalArgumentException("id must be a lower-case identifier of at most 64 characters: " + id);
            }
            if (Compiler.FUNCTIONS.contains(id)) {
                throw new IllegalArgumentException("id must not be the name of a function: " + id);
            }
            if (texts.putIfAbsent(id, formula) != null) {
                throw new IllegalArgumentException("id must be defined once: " + id);
            }
            names.put(id, displayName);
            return this;
        }

        /**
         * Compiles every definition, each after those it refers to.
         *
         * @return the registry
         * @throws FormulaException if a formula is malformed, names something unknown, or the
         *     definitions refer to each other in a cycle (the message names it: {@code a -> b -> a})
         */
        public FormulaRegistry build() {
            Compiler compiler = new Compiler(List.copyOf(types), pipeline, calendar, limits);
            Map<String, Kpi> compiled = new LinkedHashMap<>();
            for (String id : texts.keySet()) {
                compile(id, compiler, compiled, new ArrayList<>());
            }
            Map<String, Kpi> ordered = new LinkedHashMap<>();
            texts.keySet().forEach(id -> ordered.put(id, compiled.get(id)));
            return new FormulaRegistry(ordered, new LinkedHashMap<>(texts), compiler);
        }

        private Kpi compile(String id, Compiler compiler, Map<String, Kpi> compiled, List<String> path) {
            Kpi done = compiled.get(id);
            if (done != null) {
                return done;
            }
            String text = texts.get(id);
            Node tree = Parser.parse(text, compiler.limits());
            path.add(id);
            Kpi kpi = compiler.compile(text, tree, ref -> {
                if (!texts.containsKey(ref.id())) {
                    return null;
                }
                if (path.contains(ref.id())) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(ref.id()), path.size()));
                    cycle.add(ref.id());
                    throw new FormulaException(text, ref.offset(), "the cycle " + String.join(" -> ", cycle),
                            "a definition that does not refer back to itself");
                }
                return compile(ref.id(), compiler, compiled, path);
            });
            path.remove(path.size() - 1);
            Kpi named = kpi.named(id, names.get(id));
            compiled.put(id, named);
            return named;
        }
    }
}
