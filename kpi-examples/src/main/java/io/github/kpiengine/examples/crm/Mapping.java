package io.github.kpiengine.examples.crm;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.DealResult;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How to read one CRM's exports: for each kind of file (activities, opportunities, stage history)
 * which column holds which field, how days and amounts are written, and value maps from the CRM's
 * labels to activity types, stages, results, sources and outcomes; the pipeline with its stage labels;
 * activity types and sources the CRM adds to the standard ones. A mapping is a JSON file
 * ({@link #read(Path)}) or one of the bundled presets ({@link #preset(String)}); README.md documents
 * the format. Immutable and thread-safe.
 */
public final class Mapping {

    /** The bundled presets, the tool's own layout first. */
    static final List<String> PRESETS = List.of("kpi", "salesforce", "hubspot", "pipedrive");

    private final Parts parts;
    private final Pipeline pipeline;
    private final Labels<Stage> stages;
    private final Labels<DealResult> results;
    private final boolean pipelineGiven;

    /**
     * What a mapping file says, checked.
     *
     * @param source where the mapping came from, for messages: a file name or {@code preset salesforce}
     * @param name the mapping's name
     * @param delimiter the delimiter, or 0 to detect it
     * @param encoding the files' encoding unless a byte-order mark says otherwise
     * @param footer whether one-field rows are a report's footer, ignored
     * @param pipeline the pipeline, or null when the command line gives it
     * @param types the standard activity types and those the mapping declares
     * @param sources the standard sources and those the mapping declares
     * @param activities the columns of activity files
     * @param activityDates how activity files write days
     * @param duration how activity files write durations
     * @param typeLabels activity types by label
     * @param outcomeLabels outcomes by label
     * @param opportunities the columns of opportunity files
     * @param opportunityDates how opportunity files write days
     * @param amounts how opportunity files write amounts
     * @param history the shape of the stage history
     * @param historyColumn for {@link HistoryShape#COLUMNS}: the header of a stage's column, {@code {label}}
     *        standing for the stage's label
     * @param stageAliases further stage labels: label, stage name, place in the file
     * @param resultAliases result labels: label, result, place in the file
     * @param sourceLabels sources by label
     * @param closeWhileOpen whether an open opportunity's close date (an expected close) is ignored
     * @param stageHistory the columns of stage-history files, or null
     * @param historyDates how stage-history files write days
     */
    record Parts(String source, String name, char delimiter, Charset encoding, boolean footer, Pipeline pipeline,
            List<ActivityType> types, List<Source> sources, Columns activities, DateFormat activityDates,
            DurationUnit duration, Labels<ActivityType> typeLabels, Labels<Outcome> outcomeLabels,
            Columns opportunities, DateFormat opportunityDates, AmountFormat amounts, HistoryShape history,
            String historyColumn, List<String[]> stageAliases, List<String[]> resultAliases,
            Labels<Source> sourceLabels, boolean closeWhileOpen, Columns stageHistory, DateFormat historyDates) {
    }

    Mapping(Parts parts) {
        this(parts, false);
    }

    private Mapping(Parts parts, boolean pipelineGiven) {
        this.parts = parts;
        this.pipelineGiven = pipelineGiven;
        this.pipeline = parts.pipeline();
        if (pipeline == null) {
            stages = null;
            results = null;
        } else {
            stages = stageLabels(parts, pipeline);
            results = resultLabels(parts, pipeline);
        }
    }

    /**
     * Reads a mapping file.
     *
     * @param file the JSON file
     * @return the mapping
     * @throws CrmException if the file is missing or says something this reader does not understand,
     *         with a one-line message naming the place in the file
     */
    public static Mapping read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CrmException(file + ": no such file");
        } catch (IOException e) {
            throw new CrmException(file + ": cannot be read: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /**
     * Reads a mapping from its JSON text.
     *
     * @param source the name shown in messages
     * @param json the JSON text
     * @return the mapping
     * @throws CrmException if the text says something this reader does not understand
     */
    public static Mapping parse(String source, String json) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(json, "json");
        return new Mapping(MappingParser.parse(source, json));
    }

    /**
     * Returns a bundled preset: {@code kpi} (the tool's own layout), {@code salesforce},
     * {@code hubspot} or {@code pipedrive}.
     *
     * @param name the preset's name, in any case
     * @return the mapping
     * @throws CrmException if there is no such preset
     */
    public static Mapping preset(String name) {
        return parse("preset " + name.toLowerCase(Locale.ROOT), presetText(name));
    }

    /**
     * Returns the names of the bundled presets.
     *
     * @return {@code kpi, salesforce, hubspot, pipedrive}
     */
    public static List<String> presetNames() {
        return PRESETS;
    }

    /**
     * Returns a bundled preset's JSON text, to adapt into a mapping file of one's own.
     *
     * @param name the preset's name, in any case
     * @return the JSON text
     * @throws CrmException if there is no such preset
     */
    public static String presetText(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!PRESETS.contains(key)) {
            throw new CrmException("unknown preset '" + name + "' (expected one of " + String.join(", ", PRESETS) + ")");
        }
        try (InputStream in = Mapping.class.getResourceAsStream("presets/" + key + ".json")) {
            return new String(Objects.requireNonNull(in, key).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the mapping's name.
     *
     * @return the name, such as {@code salesforce}
     */
    public String name() {
        return parts.name();
    }

    /**
     * Returns the pipeline the mapping defines.
     *
     * @return the pipeline, or empty when the command line gives it
     */
    public Optional<Pipeline> pipeline() {
        return Optional.ofNullable(pipeline);
    }

    /**
     * Returns the same mapping with a pipeline, for a mapping that defines none.
     *
     * @param pipeline the pipeline
     * @return the mapping
     * @throws CrmException if the mapping's stage labels do not fit the pipeline
     */
    public Mapping withPipeline(Pipeline pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        Parts p = parts;
        return new Mapping(new Parts(p.source(), p.name(), p.delimiter(), p.encoding(), p.footer(), pipeline,
                p.types(), p.sources(), p.activities(), p.activityDates(), p.duration(), p.typeLabels(),
                p.outcomeLabels(), p.opportunities(), p.opportunityDates(), p.amounts(), p.history(),
                p.historyColumn(), p.stageAliases(), p.resultAliases(), p.sourceLabels(), p.closeWhileOpen(),
                p.stageHistory(), p.historyDates()), true);
    }

    /**
     * Tells whether the stage history comes in a file of its own, one row per stage change
     * ({@code kpi scorecard --stage-history}).
     *
     * @return true for the long-rows shape
     */
    public boolean readsStageHistoryFiles() {
        return parts.history() == HistoryShape.ROWS;
    }

    /**
     * Returns the activity types the mapping knows: the standard ones, then those it declares.
     *
     * @return the types, in that order
     */
    public List<ActivityType> activityTypes() {
        return parts.types();
    }

    Parts parts() {
        return parts;
    }

    Labels<Stage> stages() {
        return stages;
    }

    Labels<DealResult> results() {
        return results;
    }

    private static Labels<Stage> stageLabels(Parts parts, Pipeline pipeline) {
        Labels.Builder<Stage> labels = Labels.builder(parts.source(), "stage", Stage::name);
        for (int i = 0; i < pipeline.stages().size(); i++) {
            Stage stage = pipeline.stages().get(i);
            String where = "/pipeline/stages/" + i;
            if (stage.isTerminal()) {
                where = "/pipeline/" + stage.name();
            }
            labels.add(stage.name(), stage, where, false);
            labels.add(stage.displayName(), stage, where, false);
        }
        for (String[] alias : parts.stageAliases()) {
            Stage stage = pipeline.find(alias[1]).orElseThrow(() -> new CrmException(parts.source() + ": " + alias[2]
                    + ": unknown stage '" + alias[1] + "' (expected one of "
                    + pipeline.stages().stream().map(Stage::name).collect(Collectors.joining(", ")) + ")"));
            labels.add(alias[0], stage, alias[2], true);
        }
        return labels.build();
    }

    private static Labels<DealResult> resultLabels(Parts parts, Pipeline pipeline) {
        Labels.Builder<DealResult> labels = Labels.builder(parts.source(), "result",
                result -> result.name().toLowerCase(Locale.ROOT));
        for (DealResult result : DealResult.values()) {
            labels.add(result.name().toLowerCase(Locale.ROOT), result, "a result", false);
        }
        labels.add(pipeline.won().displayName(), DealResult.WON, "/pipeline/won", false);
        labels.add(pipeline.lost().displayName(), DealResult.LOST, "/pipeline/lost", false);
        for (String[] alias : parts.resultAliases()) {
            labels.add(alias[0], DealResult.valueOf(alias[1].toUpperCase(Locale.ROOT)), alias[2], true);
        }
        return labels.build();
    }

    /** A hint for a stage outside the pipeline: where the pipeline comes from. */
    String stageHint() {
        return pipelineGiven ? "; set --pipeline" : "";
    }

    /** The open stages for a message: their labels when the mapping defines them, their names from --pipeline. */
    String openStages() {
        List<String> names = new ArrayList<>();
        for (Stage stage : pipeline.openStages()) {
            names.add(pipelineGiven ? stage.name() : stage.displayName());
        }
        return String.join(", ", names);
    }

    @Override
    public String toString() {
        return "Mapping[" + parts.source() + "]";
    }
}
