package io.github.kpiengine.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kpiengine.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzzing of the CSV reader and the mapper: whatever the bytes, a load gives a log or
 * refuses with one-line messages ({@link CrmException}, {@link BadRowsException}), never another
 * exception, error or hang; whatever the text, a mapping file gives a mapping or one
 * {@link CrmException} line.
 *
 * <p>In a normal build ({@code ./mvnw -B verify}) the saved inputs under
 * {@code src/test/resources/io/github/kpiengine/examples/crm/CrmFuzzTestInputs/} replay as ordinary
 * tests. To fuzz for longer (findings are saved beside those inputs):
 * {@code JAZZER_FUZZ=1 ./mvnw -pl kpi-examples -am test -Dtest=CrmFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.max_duration=10m}.
 */
class CrmFuzzTest {

    private static final Pipeline LEAD_PROPOSAL = Pipeline.of("lead", "first_appointment", "proposal");

    private static final List<Mapping> MAPPINGS = List.of(Mapping.preset("kpi").withPipeline(LEAD_PROPOSAL),
            Mapping.preset("salesforce"), Mapping.preset("hubspot"), Mapping.preset("pipedrive"));

    /** The first byte picks the mapping and the kind of file; the rest is the file. */
    @FuzzTest(maxDuration = "60s")
    void load_anyBytes_givesALogOrOneLineMessages(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int pick = input[0] & 0xFF;
        Mapping mapping = MAPPINGS.get(pick % MAPPINGS.size());
        byte[] file = Arrays.copyOfRange(input, 1, input.length);
        CrmLoader loader = CrmLoader.with(mapping);
        switch ((pick / MAPPINGS.size()) % 3) {
            case 0 -> loader.activities(Input.of("a.csv", file));
            case 1 -> loader.opportunities(Input.of("o.csv", file));
            default -> {
                if (mapping.readsStageHistoryFiles()) {
                    loader.stageHistory(Input.of("h.csv", file));
                } else {
                    loader.opportunities(Input.of("o.csv", file));
                }
            }
        }
        try {
            Loaded loaded = loader.skipBadRows((pick & 0x80) != 0).load();
            assertThat(loaded.skippedCount()).isGreaterThanOrEqualTo(loaded.skipped().size());
            loaded.skipped().forEach(row -> assertThat(row.toString()).doesNotContain("\n", "\r"));
        } catch (CrmException e) {
            assertThat(e.getMessage()).doesNotContain("\n", "\r").isNotBlank();
        } catch (BadRowsException e) {
            assertThat(e.rows()).isNotEmpty();
            e.rows().forEach(row -> assertThat(row.toString()).doesNotContain("\n", "\r"));
        }
    }

    @FuzzTest(maxDuration = "60s")
    void parse_anyMapping_givesAMappingOrOneLine(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Mapping mapping;
        try {
            mapping = Mapping.parse("m.json", text);
            if (mapping.pipeline().isEmpty()) {
                mapping = mapping.withPipeline(LEAD_PROPOSAL);
            }
        } catch (CrmException e) {
            assertThat(e.getMessage()).doesNotContain("\n", "\r").startsWith("m.json");
            return;
        }
        assertThat(mapping.activityTypes()).isNotEmpty();
    }
}
