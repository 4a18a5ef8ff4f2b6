package io.github.kpiengine.kpi;

import java.util.Objects;
import java.util.Optional;

/**
 * A KPI definition: an id, a display name and an optional target over the {@link KpiExpression} it
 * names.
 *
 * <pre>{@code
 * Kpi winRate = Kpis.winRate();                                  // id "win_rate"
 * Kpi proposals = Kpis.stageConversion(pipeline, "first_appointment", "proposal")
 *         .named("appointment_to_proposal", "Appointment to proposal")
 *         .withTarget(Target.of(new BigDecimal("0.70"), new BigDecimal("0.65"), 20));
 * }</pre>
 *
 * <p>The factories of {@link Kpis} derive the id and display name from the expression: two
 * different expressions never derive the same id (pipelines and calendars aside, which a scorecard
 * shares), so a scorecard of derived definitions never holds two with one id. The id is what
 * results are read by besides the definition itself; the display name is for people, built from the
 * labels of activity types and stages. Equal definitions have equal ids, names, targets and
 * expressions. Immutable and thread-safe.
 *
 * @param id the identifier results are read by, not blank
 * @param displayName the name shown to people, not blank
 * @param expression what the KPI computes
 * @param target the target, red threshold and minimum sample results are judged by, if any
 */
public record Kpi(String id, String displayName, KpiExpression expression, Optional<Target> target) {

    /**
     * Validates the components.
     *
     * @param id the identifier, not blank
     * @param displayName the name shown to people, not blank
     * @param expression what the KPI computes
     * @param target the target, if any
     * @throws IllegalArgumentException if a name is blank, or the target's red threshold lies on the
     *         green side of its value for the expression's direction
     */
    public Kpi {
        Checks.notBlank("id", id);
        Checks.notBlank("displayName", displayName);
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(target, "target");
        target.ifPresent(t -> t.checkDirection(expression.direction()));
    }

    /**
     * Returns a definition of an expression, with the id and display name derived from it.
     *
     * @param expression what the KPI computes
     * @return the definition, with no target
     */
    public static Kpi of(KpiExpression expression) {
        Objects.requireNonNull(expression, "expression");
        return new Kpi(Naming.id(expression), Naming.displayName(expression), expression, Optional.empty());
    }

    /**
     * Returns the same definition under another id and display name.
     *
     * @param newId the id
     * @param newDisplayName the display name
     * @return the renamed definition, with the same expression and target
     */
    public Kpi named(String newId, String newDisplayName) {
        return new Kpi(newId, newDisplayName, expression, target);
    }

    /**
     * Returns the same definition carrying a target, by which every result judges it.
     *
     * @param newTarget the target, red threshold and minimum sample
     * @return the definition with the target
     * @throws IllegalArgumentException if the red threshold lies on the green side of the target for
     *         the KPI's direction (above it for a KPI that is better when higher)
     */
    public Kpi withTarget(Target newTarget) {
        return new Kpi(id, displayName, expression, Optional.of(Objects.requireNonNull(newTarget, "target")));
    }

    /**
     * Returns the unit of the expression's value.
     *
     * @return the unit
     */
    public KpiUnit unit() {
        return expression.unit();
    }

    /**
     * Returns which way the expression improves.
     *
     * @return the direction
     */
    public Direction direction() {
        return expression.direction();
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    @Override
    public String toString() {
        return id;
    }
}
