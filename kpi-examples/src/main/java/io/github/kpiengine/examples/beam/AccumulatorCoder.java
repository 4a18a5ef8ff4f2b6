package io.github.kpiengine.examples.beam;

import io.github.kpiengine.engine.CompiledScorecard;
import io.github.kpiengine.engine.ScorecardAccumulator;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Moves accumulators between Beam workers as their versioned byte encoding
 * ({@link ScorecardAccumulator#toByteArray()}), length first; decoding checks the bytes belong to
 * the spec's scorecard and are whole.
 */
public final class AccumulatorCoder extends CustomCoder<ScorecardAccumulator> {

    private static final long serialVersionUID = 1L;

    private final ScorecardSpec spec;
    private transient CompiledScorecard compiled;

    /**
     * Returns a coder of the accumulators of a scorecard.
     *
     * @param spec how to compile the scorecard
     */
    public AccumulatorCoder(ScorecardSpec spec) {
        this.spec = spec;
    }

    @Override
    public void encode(ScorecardAccumulator value, OutputStream out) throws IOException {
        byte[] bytes = value.toByteArray();
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(bytes.length);
        data.write(bytes);
        data.flush();
    }

    @Override
    public ScorecardAccumulator decode(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int length = data.readInt();
        if (length < 0) {
            throw new CoderException("accumulator length must not be negative: " + length);
        }
        byte[] bytes = data.readNBytes(length);
        if (bytes.length != length) {
            throw new CoderException("accumulator must hold " + length + " bytes: " + bytes.length);
        }
        try {
            return compiled().decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new CoderException(e.getMessage(), e);
        }
    }

    @Override
    public void verifyDeterministic() {
        // Equal accumulators encode to equal bytes: reps in the order first added apart, which no
        // grouping by key relies on.
    }

    CompiledScorecard compiled() {
        if (compiled == null) {
            compiled = spec.compile();
        }
        return compiled;
    }
}
