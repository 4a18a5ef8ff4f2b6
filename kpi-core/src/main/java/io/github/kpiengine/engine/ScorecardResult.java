package io.github.kpiengine.engine;

import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Status;
import io.github.kpiengine.kpi.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of a scorecard for every scope of a grouping.
 *
 * <p>The result holds the evaluation's summed counters, not its figures: a figure is computed from
 * its scope's counters when it is asked for, so an evaluation over 26,000 rep-weeks costs nothing
 * for the figures nobody reads. Asking twice gives equal figures.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScorecardResult {

    private final List<String> kpiIds;
    private final List<Direction> directions;
    private final List<Optional<Target>> targets;
    private final List<CompiledScorecard.Formula> formulas;
    private final Scopes scopes;
    private final Scope.Layout layout;
    private volatile Map<String, Integer> scopeIndex;

    ScorecardResult(List<String> kpiIds, List<Direction> directions, List<Optional<Target>> targets,
            List<CompiledScorecard.Formula> formulas, Scopes scopes, Scope.Layout layout) {
        this.kpiIds = List.copyOf(kpiIds);
        this.directions = List.copyOf(directions);
        this.targets = List.copyOf(targets);
        this.formulas = List.copyOf(formulas);
        this.scopes = scopes;
        this.layout = layout;
    }

    /**
     * Returns the scope keys, in the grouping's order.
     *
     * @return the scope keys
     */
    public List<String> scopes() {
        List<String> keys = new ArrayList<>(scopes.count());
        for (int s = 0; s < scopes.count(); s++) {
            keys.add(scopes.key(s));
        }
        return Collections.unmodifiableList(keys);
    }

    /**
     * Returns the KPI ids, in the scorecard's order.
     *
     * @return the KPI ids
     */
    public List<String> kpiIds() {
        return kpiIds;
    }

    /**
     * Returns one figure.
     *
     * @param scopeKey the scope, as {@link #scopes()} lists it
     * @param kpiId the KPI's id
     * @return the figure
     * @throws IllegalArgumentException if the scope or the KPI is not in the result
     */
    public KpiResult result(String scopeKey, String kpiId) {
        Objects.requireNonNull(kpiId, "kpiId");
        int scope = scope(scopeKey);
        int k = kpiIds.indexOf(kpiId);
        if (!(k >= 0)) {
            throw new IllegalArgumentException("kpiId must be a KPI of the scorecard: " + kpiId);
        }
        return formulas.get(k).result(scope(scope));
    }

    /**
     * Returns the figures of one scope, keyed by KPI id in the scorecard's order.
     *
     * @param scopeKey the scope, as {@link #scopes()} lists it
     * @return the figures
     * @throws IllegalArgumentException if the scope is not in the result
     */
    public Map<String, KpiResult> results(String scopeKey) {
        return row(scope(scopeKey));
    }

    /**
     * Judges a scope's figure against a target, reading the KPI's direction.
     *
     * @param scopeKey the scope
     * @param kpiId the KPI's id
     * @param target the target, its red threshold and minimum sample
     * @return the status
     * @throws IllegalArgumentException if the scope or the KPI is not in the result
     */
    public Status status(String scopeKey, String kpiId, Target target) {
        Objects.requireNonNull(target, "target");
        int k = kpiIds.indexOf(Objects.requireNonNull(kpiId, "kpiId"));
        if (!(k >= 0)) {
            throw new IllegalArgumentException("kpiId must be a KPI of the scorecard: " + kpiId);
        }
        return target.status(result(scopeKey, kpiId), directions.get(k));
    }

    /**
     * Judges a scope's figure against the target its definition carries (see
     * {@link io.github.kpiengine.kpi.Kpis#withTarget(io.github.kpiengine.kpi.Kpi, Target)}).
     *
     * @param scopeKey the scope
     * @param kpiId the KPI's id
     * @return the status, or empty when the definition carries no target
     * @throws IllegalArgumentException if the scope or the KPI is not in the result
     */
    public Optional<Status> status(String scopeKey, String kpiId) {
        int k = kpiIds.indexOf(Objects.requireNonNull(kpiId, "kpiId"));
        if (!(k >= 0)) {
            throw new IllegalArgumentException("kpiId must be a KPI of the scorecard: " + kpiId);
        }
        KpiResult result = result(scopeKey, kpiId);
        return targets.get(k).map(target -> target.status(result, directions.get(k)));
    }

    /**
     * Compares a scope's figure with its peers': every other scope of the result. Use
     * {@link #compareWithPeers(String, String, Collection)} to name the peer group (the other reps
     * of a team, or the same week of other reps).
     *
     * @param scopeKey the scope compared, such as a rep
     * @param kpiId the KPI's id
     * @return the comparison
     * @throws IllegalArgumentException if the scope or the KPI is not in the result
     */
    public PeerComparison compareWithPeers(String scopeKey, String kpiId) {
        return compareWithPeers(scopeKey, kpiId, scopes());
    }

    /**
     * Compares a scope's figure with a peer group's.
     *
     * <p>The peer value is the KPI computed over the peers' summed parts <em>without</em> the scope
     * itself, as for the average peer: a ratio is Σ numerators ÷ Σ denominators of the others, never
     * a mean of their ratios; a count or a sum is the others' total ÷ their number.
     * The gap is (value − peer value) ÷ peer value; the percentile rank is the share of peers whose
     * own figure the scope beats (ties count half), reading the KPI's direction, so 100 is best.
     *
     * @param scopeKey the scope compared
     * @param kpiId the KPI's id
     * @param peerScopes the peer group; the scope itself is left out if listed
     * @return the comparison
     * @throws IllegalArgumentException if a scope or the KPI is not in the result
     */
    public PeerComparison compareWithPeers(String scopeKey, String kpiId, Collection<String> peerScopes) {
        Objects.requireNonNull(peerScopes, "peerScopes");
        int self = scope(scopeKey);
        int k = kpiIds.indexOf(Objects.requireNonNull(kpiId, "kpiId"));
        if (!(k >= 0)) {
            throw new IllegalArgumentException("kpiId must be a KPI of the scorecard: " + kpiId);
        }
        List<Scope> peers = new ArrayList<>();
        for (String peerKey : new LinkedHashSet<>(peerScopes)) {
            int peer = scope(peerKey);
            if (peer != self) {
                peers.add(scope(peer));
            }
        }
        return Peers.compare(scopeKey, kpiId, formulas.get(k), directions.get(k), scope(self), peers);
    }

    private Map<String, KpiResult> row(int scope) {
        Scope sum = scope(scope);
        Map<String, KpiResult> row = new LinkedHashMap<>();
        for (int k = 0; k < kpiIds.size(); k++) {
            row.put(kpiIds.get(k), formulas.get(k).result(sum));
        }
        return Collections.unmodifiableMap(row);
    }

    private Scope scope(int s) {
        return new Scope(layout, scopes.rows(s), scopes.bucket(s), scopes.reps(s), 1, false, () -> {
            List<Scope> peers = new ArrayList<>();
            for (int peer : scopes.peers(s)) {
                peers.add(new Scope(layout, scopes.rows(peer), scopes.bucket(peer), scopes.reps(peer), 1, false));
            }
            return peers;
        });
    }

    private int scope(String scopeKey) {
        Objects.requireNonNull(scopeKey, "scopeKey");
        Map<String, Integer> index = scopeIndex;
        if (index == null) {
            index = new HashMap<>();
            for (int s = 0; s < scopes.count(); s++) {
                index.put(scopes.key(s), s);
            }
            scopeIndex = index;
        }
        Integer scope = index.get(scopeKey);
        if (scope == null) {
            throw new IllegalArgumentException("scopeKey must be a scope of the result: " + scopeKey);
        }
        return scope;
    }

    private Map<String, Map<String, KpiResult>> all() {
        Map<String, Map<String, KpiResult>> all = new LinkedHashMap<>();
        for (int s = 0; s < scopes.count(); s++) {
            all.put(scopes.key(s), row(s));
        }
        return all;
    }

    /**
     * Tells whether the other result has the same scopes, KPIs and figures.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ScorecardResult r && kpiIds.equals(r.kpiIds) && all().equals(r.all());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kpiIds, all());
    }

    /**
     * Returns the figures, scope by scope.
     *
     * @return a text for people
     */
    @Override
    public String toString() {
        return "ScorecardResult" + all();
    }
}
