package io.github.kpiengine;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An objective with an owner, a target, a period and the driver KPIs that move it: "Ann wins
 * EUR 1,200,000 in 2026, driven by first appointments and the appointment-to-proposal ratio".
 *
 * <pre>{@code
 * Goal goal = Goal.revenue("ann-2026", "ann", Money.parse("EUR 1200000"), SalesPeriod.ofYear(2026),
 *         List.of("first_appointments", "appointment_to_proposal"));
 * }</pre>
 *
 * <p>The target is a plain decimal in the objective's unit: an amount of the objective's currency
 * for revenue, a count for new accounts, a fraction between 0 and 1 for share of wallet, the KPI's
 * own unit for any other KPI. Immutable and thread-safe.
 *
 * @param id the goal's id
 * @param ownerId the rep or unit that owns it
 * @param objective what is to be reached
 * @param target the value to reach, not negative
 * @param period when it is to be reached
 * @param driverKpiIds the ids of the KPIs that drive it, in order of importance
 */
public record Goal(String id, String ownerId, Objective objective, BigDecimal target, SalesPeriod period,
        List<String> driverKpiIds) {
    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param id the goal's id
     * @param ownerId the rep or unit that owns it
     * @param objective what is to be reached
     * @param target the value to reach, not negative
     * @param period when it is to be reached
     * @param driverKpiIds the ids of the KPIs that drive it, in order of importance
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public Goal {
        Checks.notBlank("id", id);
        Checks.notBlank("ownerId", ownerId);
        Objects.requireNonNull(objective, "objective");
        Checks.nonNegative("target", target);
        Objects.requireNonNull(period, "period");
        driverKpiIds = List.copyOf(Objects.requireNonNull(driverKpiIds, "driverKpiIds"));
        for (String driver : driverKpiIds) {
            Checks.notBlank("driverKpiId", driver);
        }
        Checks.check(driverKpiIds.stream().distinct().count() == driverKpiIds.size(),
                "driverKpiIds must not repeat: " + driverKpiIds);
        // One scale for one value, so that equal goals are equal: the currency's for revenue, the
        // fewest digits otherwise (2.50 is 2.5, 5E+2 is 500).
        target = objective.metric() == Objective.Metric.REVENUE
                ? new Money(target, objective.currency().orElseThrow()).amount() : Checks.normalised(target);
        switch (objective.metric()) {
            case REVENUE -> { }
            case NEW_ACCOUNTS -> Checks.check(target.stripTrailingZeros().scale() <= 0,
                    "target must be a whole number of accounts: " + target.toPlainString());
            case SHARE_OF_WALLET -> Checks.check(target.compareTo(BigDecimal.ONE) <= 0,
                    "target must be a share between 0 and 1: " + target.toPlainString());
            case KPI -> { }
        }
    }

    /**
     * Returns a revenue goal.
     *
     * @param id the goal's id
     * @param ownerId the owner
     * @param target the revenue to reach
     * @param period when
     * @param driverKpiIds the driver KPIs
     * @return the goal
     */
    public static Goal revenue(String id, String ownerId, Money target, SalesPeriod period,
            List<String> driverKpiIds) {
        Objects.requireNonNull(target, "target");
        return new Goal(id, ownerId, Objective.revenue(target.currency()), target.amount(), period,
                driverKpiIds);
    }

    /**
     * Returns a goal of new accounts won.
     *
     * @param id the goal's id
     * @param ownerId the owner
     * @param target how many new accounts
     * @param period when
     * @param driverKpiIds the driver KPIs
     * @return the goal
     */
    public static Goal newAccounts(String id, String ownerId, long target, SalesPeriod period,
            List<String> driverKpiIds) {
        return new Goal(id, ownerId, Objective.newAccounts(),
                BigDecimal.valueOf(Checks.nonNegative("target", target)), period, driverKpiIds);
    }

    /**
     * Returns a share-of-wallet goal: the share of its accounts' known spend the owner wins.
     *
     * @param id the goal's id
     * @param ownerId the owner
     * @param target the share to reach
     * @param period when
     * @param driverKpiIds the driver KPIs
     * @return the goal
     */
    public static Goal shareOfWallet(String id, String ownerId, Ratio target, SalesPeriod period,
            List<String> driverKpiIds) {
        Objects.requireNonNull(target, "target");
        return new Goal(id, ownerId, Objective.shareOfWallet(), target.value(), period, driverKpiIds);
    }

    /**
     * Returns a goal of any objective.
     *
     * @param id the goal's id
     * @param ownerId the owner
     * @param objective the objective
     * @param target the value to reach
     * @param period when
     * @param driverKpiIds the driver KPIs
     * @return the goal
     */
    public static Goal of(String id, String ownerId, Objective objective, BigDecimal target,
            SalesPeriod period, List<String> driverKpiIds) {
        return new Goal(id, ownerId, objective, target, period, driverKpiIds);
    }

    /**
     * Returns the target as money, for a revenue goal.
     *
     * @return the target amount, or empty for other objectives
     */
    public Optional<Money> targetMoney() {
        return objective.currency().map(currency -> new Money(target, currency));
    }

    /**
     * What a goal is about: revenue, new accounts, share of wallet, or the value of a KPI.
     *
     * <p>Immutable and thread-safe.
     *
     * @param metric what is measured
     * @param kpiId the KPI's id for {@link Metric#KPI}, otherwise empty
     * @param currency the currency for {@link Metric#REVENUE}, otherwise empty
     */
    public record Objective(Metric metric, Optional<String> kpiId, Optional<Currency> currency) {

        /** What an objective measures. */
        public enum Metric {
            /** Won revenue. */
            REVENUE,
            /** Accounts won for the first time. */
            NEW_ACCOUNTS,
            /** Our revenue from accounts over their known total spend. */
            SHARE_OF_WALLET,
            /** The value of any KPI, named by id. */
            KPI
        }

        /**
         * Validates the components; the class description gives the rules.
         *
         * @param metric what is measured
         * @param kpiId the KPI's id for {@link Metric#KPI}, otherwise empty
         * @param currency the currency for {@link Metric#REVENUE}, otherwise empty
         * @throws IllegalArgumentException if a component breaks a rule
         */
        public Objective {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(kpiId, "kpiId");
            Objects.requireNonNull(currency, "currency");
            if (metric == Metric.KPI) {
                Checks.notBlank("kpiId", kpiId.orElseThrow(() -> new IllegalArgumentException(
                        "kpiId must be given for a KPI objective: empty")));
            } else {
                Checks.check(kpiId.isEmpty(), "kpiId must be absent for a " + metric + " objective: " + kpiId.orElse(""));
            }
            if (metric == Metric.REVENUE) {
                Checks.check(currency.isPresent(), "currency must be given for a REVENUE objective: empty");
            } else {
                Checks.check(currency.isEmpty(),
                        "currency must be absent for a " + metric + " objective: " + currency.map(Currency::getCurrencyCode).orElse(""));
            }
        }

        /**
         * Returns a revenue objective.
         *
         * @param currency the revenue's currency
         * @return the objective
         */
        public static Objective revenue(Currency currency) {
            return new Objective(Metric.REVENUE, Optional.empty(), Optional.of(Objects.requireNonNull(currency, "currency")));
        }

        /**
         * Returns a new-accounts objective.
         *
         * @return the objective
         */
        public static Objective newAccounts() {
            return new Objective(Metric.NEW_ACCOUNTS, Optional.empty(), Optional.empty());
        }

        /**
         * Returns a share-of-wallet objective.
         *
         * @return the objective
         */
        public static Objective shareOfWallet() {
            return new Objective(Metric.SHARE_OF_WALLET, Optional.empty(), Optional.empty());
        }

        /**
         * Returns an objective on the value of a KPI.
         *
         * @param kpiId the KPI's id
         * @return the objective
         */
        public static Objective kpi(String kpiId) {
            return new Objective(Metric.KPI, Optional.of(Objects.requireNonNull(kpiId, "kpiId")), Optional.empty());
        }
    }
}
