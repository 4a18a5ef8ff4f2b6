package io.github.kpiengine.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void run_sampleTeam_printsTheWorkedFunnel() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Main.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(output)
                .contains("Pipeline:")
                .contains("Sales cycle: 30 days")
                .containsPattern("won deals\\s+40")
                .containsPattern("proposals\\s+80")
                .containsPattern("appointments\\s+124")
                .containsPattern("calls\\s+620");
    }
}
