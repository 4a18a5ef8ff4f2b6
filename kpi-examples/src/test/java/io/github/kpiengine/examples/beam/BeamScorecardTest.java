package io.github.kpiengine.examples.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Activity;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.ScorecardAccumulator;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.examples.sample.SampleCompany;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/** The Beam pipeline on the DirectRunner gives the sample company's single-machine figures. */
class BeamScorecardTest {

    private static final StandardScorecard BY_REP = new StandardScorecard("2026", "first_appointment,proposal", false);
    private static final StandardScorecard BY_WEEK = new StandardScorecard("2026", "first_appointment,proposal", true);

    @TempDir
    Path dir;

    @Test
    void pipeline_overTheSampleCompanyInFiveFiles_givesEveryFigureOfOneEvaluation() throws Throwable {
        SampleCompany company = SampleCompany.create();
        writeFiles(company);
        for (StandardScorecard spec : List.of(BY_REP, BY_WEEK)) {
            ScorecardResult expected = singleMachine(company, spec);
            TestPipeline pipeline = TestPipeline.create();
            run(pipeline, () -> {
                PCollection<ScorecardAccumulator> combined = BeamScorecard.scorecard(pipeline,
                        dir.resolve("activities-*.csv").toString(), dir.resolve("opportunities-*.csv").toString(), spec);
                PAssert.that(BeamScorecard.rows(combined)).containsInAnyOrder(BeamScorecard.rows(expected));
                PAssert.thatSingleton(combined).satisfies(accumulator -> {
                    assertThat(accumulator.result()).isEqualTo(singleMachine(SampleCompany.create(), spec));
                    return null;
                });
                pipeline.run().waitUntilFinish();
            });
            assertThat(BeamScorecard.rows(expected)).hasSize(expected.scopes().size() * expected.kpis().size());
        }
    }

    @Test
    void coder_roundTripsAnAccumulator_andRefusesCorruptedBytes() throws CoderException {
        SampleCompany company = SampleCompany.create();
        AccumulatorCoder coder = new AccumulatorCoder(BY_WEEK);
        ScorecardAccumulator accumulator = BY_WEEK.compile().newAccumulator().addAll(company.log());

        byte[] bytes = CoderUtils.encodeToByteArray(coder, accumulator);
        ScorecardAccumulator copy = CoderUtils.decodeFromByteArray(coder, bytes);

        assertThat(copy.result()).isEqualTo(accumulator.result());
        bytes[bytes.length / 2] ^= 1;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(coder, bytes))
                .isInstanceOf(CoderException.class)
                .hasMessageStartingWith("encoding must match its checksum");
    }

    /** The figures of one evaluation of the company's activities and opportunities. */
    static ScorecardResult singleMachine(SampleCompany company, StandardScorecard spec) {
        ActivityLog log = ActivityLog.create();
        company.activities().forEach(log::append);
        company.opportunities().forEach(log::append);
        return Engine.evaluate(spec.scorecard(), log, spec.salesPeriod(), spec.compile().grouping());
    }

    /** Writes the activities into three files and the opportunities into two, in the kpi scorecard layout. */
    private void writeFiles(SampleCompany company) throws IOException {
        List<List<String>> activityFiles = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Activity> activities = company.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            activityFiles.get(i % 3).add(String.join(",", a.repId(), a.type().id(), a.date().toString(),
                    a.account().orElse(""), a.opportunity().orElse(""),
                    a.type().isTimed() ? String.valueOf(a.duration().toMinutes()) : "",
                    a.outcome().name().toLowerCase(Locale.ROOT)));
        }
        for (int f = 0; f < 3; f++) {
            write("activities-" + f + ".csv", "rep,type,date,account,opportunity,duration_minutes,outcome",
                    activityFiles.get(f));
        }
        List<List<String>> opportunityFiles = List.of(new ArrayList<>(), new ArrayList<>());
        List<Opportunity> opportunities = company.opportunities();
        for (int i = 0; i < opportunities.size(); i++) {
            Opportunity o = opportunities.get(i);
            String stages = o.history().stream().filter(entry -> !entry.stage().isTerminal())
                    .map(entry -> entry.stage().name() + "@" + entry.entered()).collect(Collectors.joining(";"));
            String result = o.isWon() ? "won" : o.isLost() ? "lost" : "open";
            opportunityFiles.get(i % 2).add(String.join(",", o.id(), o.ownerId(), o.accountId(), o.source().id(),
                    o.created().toString(), o.amount().amount().toPlainString(), o.amount().currency().getCurrencyCode(),
                    stages, result, o.closeDate().map(Object::toString).orElse("")));
        }
        for (int f = 0; f < 2; f++) {
            write("opportunities-" + f + ".csv", "id,owner,account,source,created,amount,currency,stages,result,close_date",
                    opportunityFiles.get(f));
        }
    }

    private void write(String name, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    /** Applies Beam's JUnit 4 rule by hand, as JUnit 4 would around a test method. */
    private static void run(TestPipeline pipeline, ThrowingRunnable body) throws Throwable {
        pipeline.apply(new Statement() {
            @Override
            public void evaluate() throws Throwable {
                body.run();
            }
        }, Description.createTestDescription(BeamScorecardTest.class, "pipeline")).evaluate();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Throwable;
    }
}
