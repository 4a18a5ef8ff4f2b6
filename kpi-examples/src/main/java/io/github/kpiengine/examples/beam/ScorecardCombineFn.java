package io.github.kpiengine.examples.beam;

import io.github.kpiengine.engine.ScorecardAccumulator;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Merges partial accumulators of one scorecard (one per file, per bundle, per worker) into one:
 * Beam's create, add, merge and extract are KPI Engine's {@code newAccumulator} and {@code merge}.
 * Merging goes by value, so the order and grouping Beam chooses never change a figure.
 */
public final class ScorecardCombineFn
        extends Combine.CombineFn<ScorecardAccumulator, ScorecardAccumulator, ScorecardAccumulator> {

    private static final long serialVersionUID = 1L;

    private final ScorecardSpec spec;
    private final AccumulatorCoder coder;

    /**
     * Returns the combine function of a scorecard.
     *
     * @param spec how to compile the scorecard
     */
    public ScorecardCombineFn(ScorecardSpec spec) {
        this.spec = spec;
        this.coder = new AccumulatorCoder(spec);
    }

    @Override
    public ScorecardAccumulator createAccumulator() {
        return coder.compiled().newAccumulator();
    }

    @Override
    public ScorecardAccumulator addInput(ScorecardAccumulator accumulator, ScorecardAccumulator input) {
        return accumulator.merge(input);
    }

    @Override
    public ScorecardAccumulator mergeAccumulators(Iterable<ScorecardAccumulator> accumulators) {
        ScorecardAccumulator merged = createAccumulator();
        for (ScorecardAccumulator accumulator : accumulators) {
            merged.merge(accumulator);
        }
        return merged;
    }

    @Override
    public ScorecardAccumulator extractOutput(ScorecardAccumulator accumulator) {
        return accumulator;
    }

    @Override
    public Coder<ScorecardAccumulator> getAccumulatorCoder(CoderRegistry registry,
            Coder<ScorecardAccumulator> inputCoder) throws CannotProvideCoderException {
        return coder;
    }

    @Override
    public Coder<ScorecardAccumulator> getDefaultOutputCoder(CoderRegistry registry,
            Coder<ScorecardAccumulator> inputCoder) throws CannotProvideCoderException {
        return coder;
    }

    ScorecardSpec spec() {
        return spec;
    }
}
