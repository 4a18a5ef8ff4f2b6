package io.github.kpiengine.formula;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.Kpis;

/**
 * Coverage-guided fuzzing of the formula language: whatever the text, parsing gives a definition or
 * a {@link FormulaException}, never another exception, error or hang; and a definition it gives is
 * written back as a formula that parses to the same definition (under the same outermost name).
 *
 * <p>In a normal build ({@code ./mvnw -B verify}) the saved inputs under
 * {@code src/test/resources/io/github/kpiengine/formula/FormulaFuzzTestInputs/} replay as ordinary
 * tests. To fuzz for longer (10 minutes here; findings are saved beside those inputs):
 * {@code JAZZER_FUZZ=1 ./mvnw -pl kpi-core test -Dtest=FormulaFuzzTest -Djazzer.max_duration=10m}.
 */
class FormulaFuzzTest {

    private static final FormulaRegistry REGISTRY = FormulaRegistry.builder()
            .pipeline(Pipeline.of("lead", "first_appointment", "proposal"))
            .define("proposal_rate", "count(proposal) / count(first_appointment)")
            .build();

    @FuzzTest(maxDuration = "60s")
    void parse_anyText_givesADefinitionOrTheLanguagesException(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        Kpi kpi;
        try {
            kpi = REGISTRY.parse(text);
        } catch (FormulaException expected) {
            assertThat(expected.offset()).isBetween(0, text.length());
            return;
        }
        // A formula states the expression; the outermost name is the registry's.
        assertThat(REGISTRY.parse(REGISTRY.format(kpi)).expression()).isEqualTo(kpi.expression());
    }
}
