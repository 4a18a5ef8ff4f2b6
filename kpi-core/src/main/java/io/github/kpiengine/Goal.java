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
 * Goal goal = Goal.revenue("ann-2026", "ann", Money.parse("EUR 1200000"), Period.ofYear(2026),
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
public record Goal(String id, String ownerId, Objective objective, BigDecimal target, Period period,
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
            Checks.identifier("driverKpiId", driver);
        }
        Checks.check(driverKpiIds.stream().distinct().count() == driverKpiIds.size(),
                "driverKpiIds must not repeat: " + driverKpiIds);
        switch (objective.kind()) {
            case REVENUE -> new Money(target, objective.currency());
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
    public static Goal revenue(String id, String ownerId, Money target, Period period,
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
    public static Goal newAccounts(String id, String ownerId, long target, Period period,
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
    public static Goal shareOfWallet(String id, String ownerId, Ratio target, Period period,
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
            Period period, List<String> driverKpiIds) {
        return new Goal(id, ownerId, objective, target, period, driverKpiIds);
    }

    /**
     * Returns the target as money, for a revenue goal.
     *
     * @return the target amount, or empty for other objectives
     */
    public Optional<Money> targetMoney() {
        return objective.kind() == Objective.Kind.REVENUE
                ? Optional.of(new Money(target, objective.currency()))
                : Optional.empty();
    }

    /**
     * What a goal is about: revenue, new accounts, share of wallet, or the value of a KPI.
     *
     * <p>Immutable and thread-safe.
     *
     * @param kind the kind of objective
     * @param kpiId the KPI's id for {@link Kind#KPI}, otherwise null
     * @param currency the currency for {@link Kind#REVENUE}, otherwise null
     */
    public record Objective(Kind kind, String kpiId, Currency currency) {

        /** The kinds of objective. */
        public enum Kind {
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
         * Validates the components and normalises them; the class description gives the rules.
         *
         * @param kind the kind of objective
         * @param kpiId the KPI's id for {@link Kind#KPI}, otherwise null
         * @param currency the currency for {@link Kind#REVENUE}, otherwise null
         * @throws IllegalArgumentException if a component breaks a rule
         */
        public Objective {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.KPI) {
                Checks.identifier("kpiId", kpiId);
            } else {
                Checks.check(kpiId == null, "kpiId must be absent for a " + kind + " objective: " + kpiId);
            }
            if (kind == Kind.REVENUE) {
                Objects.requireNonNull(currency, "currency");
            } else {
                Checks.check(currency == null,
                        "currency must be absent for a " + kind + " objective: " + currency);
            }
        }

        /**
         * Returns a revenue objective.
         *
         * @param currency the revenue's currency
         * @return the objective
         */
        public static Objective revenue(Currency currency) {
            return new Objective(Kind.REVENUE, null, currency);
        }

        /**
         * Returns a new-accounts objective.
         *
         * @return the objective
         */
        public static Objective newAccounts() {
            return new Objective(Kind.NEW_ACCOUNTS, null, null);
        }

        /**
         * Returns a share-of-wallet objective.
         *
         * @return the objective
         */
        public static Objective shareOfWallet() {
            return new Objective(Kind.SHARE_OF_WALLET, null, null);
        }

        /**
         * Returns an objective on the value of a KPI.
         *
         * @param kpiId the KPI's id
         * @return the objective
         */
        public static Objective kpi(String kpiId) {
            return new Objective(Kind.KPI, kpiId, null);
        }
    }
}
