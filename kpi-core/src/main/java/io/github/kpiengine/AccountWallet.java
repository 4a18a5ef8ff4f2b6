package io.github.kpiengine;

import java.util.Objects;

/**
 * What an account spends in all on what we sell, as far as it is known, and the rep who owns the
 * account: the denominator of share of wallet.
 *
 * <pre>{@code
 * log.append(new AccountWallet("acme", "ann", Money.parse("EUR 120000")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param accountId the account
 * @param ownerId the rep who owns the account
 * @param knownSpend the account's total spend over the period evaluated, positive
 */
public record AccountWallet(String accountId, String ownerId, Money knownSpend) {

    /**
     * Validates the components.
     *
     * @param accountId the account
     * @param ownerId the rep who owns the account
     * @param knownSpend the account's total spend over the period evaluated, positive
     * @throws IllegalArgumentException if an id is blank or the spend is not positive
     */
    public AccountWallet {
        Checks.notBlank("accountId", accountId);
        Checks.notBlank("ownerId", ownerId);
        Objects.requireNonNull(knownSpend, "knownSpend");
        Checks.check(knownSpend.amount().signum() > 0, "knownSpend must be positive: " + knownSpend);
    }
}
