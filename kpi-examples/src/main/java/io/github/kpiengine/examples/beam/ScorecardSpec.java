package io.github.kpiengine.examples.beam;

import io.github.kpiengine.engine.CompiledScorecard;
import java.io.Serializable;

/**
 * How every worker compiles the same scorecard: Beam ships functions and coders to workers by Java
 * serialization, and a compiled scorecard is rebuilt there from this rather than shipped.
 */
@FunctionalInterface
public interface ScorecardSpec extends Serializable {

    /**
     * Compiles the scorecard, its period and its grouping; every call must give an equal one.
     *
     * @return the compiled scorecard
     */
    CompiledScorecard compile();
}
