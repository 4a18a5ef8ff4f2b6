package io.github.kpiengine.engine;

import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Status;
import io.github.kpiengine.kpi.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
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
 * <pre>{@code
 * ScorecardResult result = Engine.evaluate(Scorecard.of(winRate, perSale), log, period, Grouping.byRep());
 * KpiResult annWinRate = result.result(ScopeKey.of("ann"), winRate);       // by the definition
 * KpiResult same = result.result(ScopeKey.of("ann"), "win_rate");          // or by its id
 * for (ResultTable.Row row : result.table().rows()) { ... }              // scopes × KPIs, in order
 * }</pre>
 *
 * <p>The result holds the evaluation's summed counters, not its figures: a figure is computed from
 * its scope's counters when it is asked for, so an evaluation over 26,000 rep-weeks costs nothing
 * for the figures nobody reads. Asking twice gives equal figures. Money figures carry the log's
 * currency.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScorecardResult {

    private final List<Kpi> kpis;
    private final List<CompiledScorecard.Formula> formulas;
    private final Scopes scopes;
    private final ScopeSum.Layout layout;
    private final Optional<Currency> currency;
    private final Map<Kpi, Integer> kpiIndex = new HashMap<>();
    private final Map<String, Integer> idIndex = new HashMap<>();
    private volatile Map<ScopeKey, Integer> scopeIndex;

    ScorecardResult(List<Kpi> kpis, List<CompiledScorecard.Formula> formulas, Scopes scopes, ScopeSum.Layout layout,
            Optional<Currency> currency) {
        this.kpis = List.copyOf(kpis);
        this.formulas = List.copyOf(formulas);
        this.scopes = scopes;
        this.layout = layout;
        this.currency = currency;
        for (int k = 0; k < this.kpis.size(); k++) {
            kpiIndex.put(this.kpis.get(k), k);
            idIndex.put(this.kpis.get(k).id(), k);
        }
    }

    /**
     * Returns the scopes, in the grouping's order: reps in id order (then buckets in time order), or
     * units in the tree's pre-order.
     *
     * @return the scopes
     */
    public List<ScopeKey> scopes() {
        List<ScopeKey> all = new ArrayList<>(scopes.count());
        for (int s = 0; s < scopes.count(); s++) {
            all.add(scopes.key(s));
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * Returns the definitions, in the scorecard's order.
     *
     * @return the definitions
     */
    public List<Kpi> kpis() {
        return kpis;
    }

    /**
     * Returns the definition with an id.
     *
     * @param kpiId the id
     * @return the definition
     * @throws IllegalArgumentException if no definition of the scorecard has that id
     */
    public Kpi kpi(String kpiId) {
        return kpis.get(index(kpiId));
    }

    /**
     * Returns the currency of the money figures: the log's.
     *
     * @return the currency, or empty when the log held no money
     */
    public Optional<Currency> currency() {
        return currency;
    }

    /**
     * Returns one figure.
     *
     * @param scope the scope, one of {@link #scopes()}
     * @param kpi the definition, one of {@link #kpis()}
     * @return the figure
     * @throws IllegalArgumentException if the scope or the definition is not in the result
     */
    public KpiResult result(ScopeKey scope, Kpi kpi) {
        return figure(scope(scope), index(kpi));
    }

    /**
     * Returns one figure, the definition named by its id.
     *
     * @param scope the scope, one of {@link #scopes()}
     * @param kpiId the definition's id
     * @return the figure
     * @throws IllegalArgumentException if the scope or the id is not in the result
     */
    public KpiResult result(ScopeKey scope, String kpiId) {
        return figure(scope(scope), index(kpiId));
    }

    /**
     * Returns the figures of one scope, by definition, in the scorecard's order.
     *
     * @param scope the scope
     * @return the figures
     * @throws IllegalArgumentException if the scope is not in the result
     */
    public Map<Kpi, KpiResult> results(ScopeKey scope) {
        int s = scope(scope);
        ScopeSum sum = sum(s);
        Map<Kpi, KpiResult> row = new LinkedHashMap<>();
        for (int k = 0; k < kpis.size(); k++) {
            row.put(kpis.get(k), figure(sum, k));
        }
        return Collections.unmodifiableMap(row);
    }

    /**
     * Returns every figure as a table: a row per scope, a column per definition, both in order.
     *
     * @return the table
     */
    public ResultTable table() {
        List<ResultTable.Row> rows = new ArrayList<>(scopes.count());
        for (int s = 0; s < scopes.count(); s++) {
            ScopeSum sum = sum(s);
            List<KpiResult> figures = new ArrayList<>(kpis.size());
            for (int k = 0; k < kpis.size(); k++) {
                figures.add(figure(sum, k));
            }
            rows.add(new ResultTable.Row(scopes.key(s), figures));
        }
        return new ResultTable(kpis, rows);
    }

    /**
     * Judges a scope's figure against a target, reading the definition's direction.
     *
     * @param scope the scope
     * @param kpi the definition
     * @param target the target, its red threshold and minimum sample
     * @return the status
     * @throws IllegalArgumentException if the scope or the definition is not in the result
     */
    public Status status(ScopeKey scope, Kpi kpi, Target target) {
        Objects.requireNonNull(target, "target");
        return target.status(result(scope, kpi), kpi.direction());
    }

    /**
     * Judges a scope's figure against the target its definition carries (see
     * {@link Kpi#withTarget(Target)}).
     *
     * @param scope the scope
     * @param kpi the definition
     * @return the status, or empty when the definition carries no target
     * @throws IllegalArgumentException if the scope or the definition is not in the result
     */
    public Optional<Status> status(ScopeKey scope, Kpi kpi) {
        KpiResult figure = result(scope, kpi);
        return kpi.target().map(target -> target.status(figure, kpi.direction()));
    }

    /**
     * Compares a scope's figure with its natural peers: the other reps of the same bucket, or the
     * units with the same parent (none for the root).
     *
     * @param scope the scope compared, such as a rep
     * @param kpi the definition
     * @return the comparison
     * @throws IllegalArgumentException if the scope or the definition is not in the result
     */
    public PeerComparison compareWithPeers(ScopeKey scope, Kpi kpi) {
        int self = scope(scope);
        List<ScopeKey> peers = new ArrayList<>();
        for (int peer : scopes.peers(self)) {
            peers.add(scopes.key(peer));
        }
        return compareWithPeers(scope, kpi, peers);
    }

    /**
     * Compares a scope's figure with a peer group's.
     *
     * <p>The peer value is the KPI computed over the peers' summed parts <em>without</em> the scope
     * itself, as for the average peer: a ratio is Σ numerators ÷ Σ denominators of the others, never
     * a mean of their ratios; a count or a sum is the others' total ÷ their number. The gap is
     * (value − peer value) ÷ peer value; the percentile rank is the share of peers whose own figure
     * the scope beats (ties count half), reading the KPI's direction, so 1 is best.
     *
     * @param scope the scope compared
     * @param kpi the definition
     * @param peerScopes the peer group; the scope itself is left out if listed
     * @return the comparison
     * @throws IllegalArgumentException if a scope or the definition is not in the result
     */
    public PeerComparison compareWithPeers(ScopeKey scope, Kpi kpi, Collection<ScopeKey> peerScopes) {
        Objects.requireNonNull(peerScopes, "peerScopes");
        int self = scope(scope);
        int k = index(kpi);
        List<ScopeSum> peers = new ArrayList<>();
        for (ScopeKey peerScope : new LinkedHashSet<>(peerScopes)) {
            int peer = scope(peerScope);
            if (peer != self) {
                peers.add(plain(peer));
            }
        }
        Peers.Judged judged = Peers.judge(formulas.get(k), kpi.direction(), plain(self), peers);
        return new PeerComparison(scope, kpi, typed(judged.value(), k), typed(judged.peerValue(), k), judged.peers(),
                judged.gap(), judged.rank());
    }

    private KpiResult figure(int scope, int k) {
        return figure(sum(scope), k);
    }

    private KpiResult figure(ScopeSum sum, int k) {
        return typed(formulas.get(k).result(sum), k);
    }

    /** Gives a figure its definition's unit, and money its currency. */
    private KpiResult typed(KpiResult figure, int k) {
        return figure.in(kpis.get(k).unit(), currency);
    }

    private ScopeSum sum(int s) {
        return new ScopeSum(layout, scopes.rows(s), scopes.bucket(s), scopes.reps(s), 1, false, () -> {
            List<ScopeSum> peers = new ArrayList<>();
            for (int peer : scopes.peers(s)) {
                peers.add(plain(peer));
            }
            return peers;
        });
    }

    private ScopeSum plain(int s) {
        return new ScopeSum(layout, scopes.rows(s), scopes.bucket(s), scopes.reps(s), 1, false);
    }

    private int index(Kpi kpi) {
        Integer k = kpiIndex.get(Objects.requireNonNull(kpi, "kpi"));
        if (k == null) {
            throw new IllegalArgumentException("kpi must be a definition of the scorecard: " + kpi.id());
        }
        return k;
    }

    private int index(String kpiId) {
        Integer k = idIndex.get(Objects.requireNonNull(kpiId, "kpiId"));
        if (k == null) {
            throw new IllegalArgumentException("kpiId must be the id of a definition of the scorecard: " + kpiId);
        }
        return k;
    }

    private int scope(ScopeKey scope) {
        Objects.requireNonNull(scope, "scope");
        int found = scopes.indexOf(scope);
        if (found >= 0) {
            return found;
        }
        if (found == -1) {
            throw new IllegalArgumentException("scope must be a scope of the result: " + scope);
        }
        Map<ScopeKey, Integer> index = scopeIndex;
        if (index == null) {
            index = new HashMap<>();
            for (int s = 0; s < scopes.count(); s++) {
                index.put(scopes.key(s), s);
            }
            scopeIndex = index;
        }
        Integer s = index.get(scope);
        if (s == null) {
            throw new IllegalArgumentException("scope must be a scope of the result: " + scope);
        }
        return s;
    }

    /**
     * Tells whether the other result has the same definitions, scopes and figures.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ScorecardResult r && table().equals(r.table());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return table().hashCode();
    }

    /**
     * Returns the figures, scope by scope.
     *
     * @return a text for people
     */
    @Override
    public String toString() {
        return "ScorecardResult" + table().rows();
    }
}
