package io.github.kpiengine.examples.beam;

import io.github.kpiengine.engine.CompiledScorecard;
import io.github.kpiengine.engine.ResultTable;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.ScorecardAccumulator;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.examples.crm.BadRowsException;
import io.github.kpiengine.examples.crm.CrmLoader;
import io.github.kpiengine.examples.crm.Loaded;
import io.github.kpiengine.examples.crm.Mapping;
import io.github.kpiengine.kpi.KpiResult;
import java.io.IOException;
import java.util.Objects;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * The {@code kpi scorecard} of CSV files on Apache Beam: each file is read whole and parsed by the
 * tool's own CSV reading into an accumulator; the accumulators are combined by value with
 * {@link ScorecardCombineFn}; every figure of every scope is written as one CSV row.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl kpi-examples -am compile exec:java -Dexec.classpathScope=compile \
 *     -Dexec.mainClass=io.github.kpiengine.examples.beam.BeamScorecard \
 *     -Dexec.args="--activities=exports/activities-*.csv --opportunities=exports/opportunities-*.csv \
 *         --period=2026 --output=target/scorecard.csv"
 * }</pre>
 *
 * <p>The DirectRunner runs it on this machine; {@code --runner=FlinkRunner} or
 * {@code --runner=SparkRunner} with that runner's artifact on the class path runs the same pipeline
 * on a cluster.
 */
public final class BeamScorecard {

    /** The header of the rows written. */
    public static final String HEADER = "rep_or_unit,bucket,kpi,value,numerator,denominator,sample_size";

    private BeamScorecard() {
    }

    /** The pipeline's options. */
    public interface Options extends PipelineOptions {

        /**
         * Returns the activities files.
         *
         * @return a file pattern
         */
        @Description("Activities CSV files: a file or a glob such as exports/activities-*.csv")
        @Validation.Required
        String getActivities();

        /**
         * Sets the activities files.
         *
         * @param pattern a file pattern
         */
        void setActivities(String pattern);

        /**
         * Returns the opportunities files.
         *
         * @return a file pattern
         */
        @Description("Opportunities CSV files: a file or a glob")
        @Validation.Required
        String getOpportunities();

        /**
         * Sets the opportunities files.
         *
         * @param pattern a file pattern
         */
        void setOpportunities(String pattern);

        /**
         * Returns the period.
         *
         * @return a year or START/END
         */
        @Description("The period: a year (2026) or START/END in ISO dates")
        @Default.String("2026")
        String getPeriod();

        /**
         * Sets the period.
         *
         * @param period a year or START/END
         */
        void setPeriod(String period);

        /**
         * Returns the pipeline's open stages.
         *
         * @return the stages, comma-separated
         */
        @Description("The open stages of the opportunities' pipeline, in order, comma-separated")
        @Default.String("lead,first_appointment,proposal")
        String getPipeline();

        /**
         * Sets the pipeline's open stages.
         *
         * @param stages the stages, comma-separated
         */
        void setPipeline(String stages);

        /**
         * Returns whether scopes are reps' weeks.
         *
         * @return true for one row per rep and week
         */
        @Description("One scope per rep and week instead of one per rep")
        @Default.Boolean(false)
        boolean getByWeek();

        /**
         * Sets whether scopes are reps' weeks.
         *
         * @param byWeek true for one row per rep and week
         */
        void setByWeek(boolean byWeek);

        /**
         * Returns the file written.
         *
         * @return the output file
         */
        @Description("The CSV file written")
        @Validation.Required
        String getOutput();

        /**
         * Sets the file written.
         *
         * @param output the output file
         */
        void setOutput(String output);
    }

    /**
     * Runs the pipeline.
     *
     * @param args the options, such as {@code --activities=a.csv --opportunities=o.csv --output=out.csv}
     */
    public static void main(String[] args) {
        Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
        StandardScorecard spec = new StandardScorecard(options.getPeriod(), options.getPipeline(), options.getByWeek());
        Pipeline pipeline = Pipeline.create(options);
        rows(scorecard(pipeline, options.getActivities(), options.getOpportunities(), spec))
                .apply("Write", TextIO.write().to(options.getOutput()).withoutSharding().withHeader(HEADER));
        pipeline.run().waitUntilFinish();
    }

    /**
     * Reads the files and combines them into one accumulator.
     *
     * @param pipeline the pipeline
     * @param activities the activities files, a pattern
     * @param opportunities the opportunities files, a pattern
     * @param spec the scorecard, its period and grouping, and the pipeline of the opportunities
     * @return one accumulator holding every file
     */
    public static PCollection<ScorecardAccumulator> scorecard(Pipeline pipeline, String activities,
            String opportunities, StandardScorecard spec) {
        AccumulatorCoder coder = new AccumulatorCoder(spec);
        PCollection<ScorecardAccumulator> fromActivities = pipeline
                .apply("MatchActivities", FileIO.match().filepattern(activities)
                        .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
                .apply("ReadActivities", FileIO.readMatches())
                .apply("ParseActivities", ParDo.of(new ParseFile(spec, true))).setCoder(coder);
        PCollection<ScorecardAccumulator> fromOpportunities = pipeline
                .apply("MatchOpportunities", FileIO.match().filepattern(opportunities)
                        .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
                .apply("ReadOpportunities", FileIO.readMatches())
                .apply("ParseOpportunities", ParDo.of(new ParseFile(spec, false))).setCoder(coder);
        return PCollectionList.of(fromActivities).and(fromOpportunities)
                .apply("AllFiles", Flatten.pCollections())
                .apply("Combine", Combine.globally(new ScorecardCombineFn(spec)))
                .setCoder(coder);
    }

    /**
     * Turns the combined accumulator into CSV rows, one per figure of every scope.
     *
     * @param combined the accumulator
     * @return the rows, without the header
     */
    public static PCollection<String> rows(PCollection<ScorecardAccumulator> combined) {
        return combined.apply("Figures", ParDo.of(new Figures()));
    }

    /**
     * Returns the rows of a result: every figure of every scope, as {@link #rows} writes them.
     *
     * @param result the figures
     * @return the rows
     */
    public static java.util.List<String> rows(ScorecardResult result) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        ResultTable table = result.table();
        for (ResultTable.Row row : table.rows()) {
            for (int k = 0; k < table.kpis().size(); k++) {
                rows.add(row(row.scope(), table.kpis().get(k).id(), row.results().get(k)));
            }
        }
        return rows;
    }

    private static String row(ScopeKey scope, String kpi, KpiResult figure) {
        String bucket = scope.bucket().map(period -> period.start() + "/" + period.end()).orElse("");
        String value = figure.value().map(v -> v.toPlainString()).orElse("");
        String numerator = figure instanceof KpiResult.Defined d ? d.numerator().map(n -> n.toPlainString()).orElse("")
                : "";
        String denominator = figure instanceof KpiResult.Defined d
                ? d.denominator().map(n -> n.toPlainString()).orElse("") : "";
        return quoted(scope.owner()) + "," + bucket + "," + quoted(kpi) + "," + value + "," + numerator + ","
                + denominator + "," + figure.sampleSize();
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Reads one file whole and adds its activities or opportunities to a fresh accumulator. */
    static final class ParseFile extends DoFn<FileIO.ReadableFile, ScorecardAccumulator> {

        private static final long serialVersionUID = 1L;

        private final StandardScorecard spec;
        private final boolean activities;
        private transient CompiledScorecard compiled;

        ParseFile(StandardScorecard spec, boolean activities) {
            this.spec = Objects.requireNonNull(spec, "spec");
            this.activities = activities;
        }

        @Setup
        public void compile() {
            compiled = spec.compile();
        }

        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, OutputReceiver<ScorecardAccumulator> out)
                throws IOException {
            String name = file.getMetadata().resourceId().toString();
            byte[] bytes = file.readFullyAsBytes();
            // The kpi tool's own reader, one file at a time, straight into a log of that file.
            CrmLoader loader = CrmLoader.with(Mapping.preset("kpi").withPipeline(spec.pipeline()));
            Loaded loaded;
            try {
                loaded = (activities ? loader.activities(name, bytes) : loader.opportunities(name, bytes)).load();
            } catch (BadRowsException e) {
                throw new IllegalArgumentException(e.count() + " bad rows: " + e.rows().stream()
                        .map(Object::toString).collect(java.util.stream.Collectors.joining("; ")), e);
            }
            out.output(compiled.newAccumulator().addAll(loaded.log()));
        }
    }

    /** Writes every figure of every scope of the combined accumulator. */
    static final class Figures extends DoFn<ScorecardAccumulator, String> {

        private static final long serialVersionUID = 1L;

        @ProcessElement
        public void process(@Element ScorecardAccumulator combined, OutputReceiver<String> out) {
            for (String row : rows(combined.result())) {
                out.output(row);
            }
        }
    }
}
