package io.github.kpiengine.engine;

import java.time.LocalDate;

/** Finds a bucketed scope of a result by its owner and the first day of its bucket. */
final class TestScopes {

    private TestScopes() {
    }

    static ScopeKey at(ScorecardResult result, String owner, String firstDay) {
        LocalDate day = LocalDate.parse(firstDay);
        return result.scopes().stream()
                .filter(scope -> scope.owner().equals(owner) && scope.bucket().orElseThrow().start().equals(day))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scope " + owner + "/" + firstDay + " in " + result.scopes()));
    }
}
