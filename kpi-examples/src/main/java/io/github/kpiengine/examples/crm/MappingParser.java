package io.github.kpiengine.examples.crm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.Stage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a mapping file's JSON into {@link Mapping.Parts}, checking every member: an unknown member,
 * a value of the wrong kind, a pattern, zone, locale or currency that does not exist, a label that
 * means two things. Each mistake is one {@link CrmException} naming the place as a JSON pointer.
 */
final class MappingParser {

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32).maxStringLength(100_000).maxNumberLength(100).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final List<String> TOP = List.of("name", "description", "encoding", "delimiter", "locale",
            "footer", "pipeline", "activityTypes", "sources", "activities", "opportunities", "stageHistory");
    private static final List<String> ACTIVITY_FIELDS = List.of("rep", "type", "date", "account", "opportunity",
            "duration", "outcome");
    private static final List<String> OPPORTUNITY_FIELDS = List.of("id", "owner", "account", "source", "created",
            "amount", "currency", "history", "stage", "result", "close");
    private static final List<String> HISTORY_FIELDS = List.of("opportunity", "fromStage", "stage", "date");

    private final String source;
    private Locale locale;

    private MappingParser(String source) {
        this.source = source;
    }

    static Mapping.Parts parse(String source, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
            // Some errors (a number too long to read) carry no location.
            String where = e.getLocation() == null ? ""
                    : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new CrmException(source + where + ": not a JSON mapping: " + message);
        }
        if (root == null || root.isMissingNode()) {
            throw new CrmException(source + ": empty file, expected a JSON object");
        }
        return new MappingParser(source).mapping(root);
    }

    private CrmException error(String path, String problem) {
        return new CrmException(source + ": " + path + ": " + problem);
    }

    private Mapping.Parts mapping(JsonNode root) {
        object(root, "/", TOP);
        String name = root.has("name") ? text(root.get("name"), "/name") : source;
        if (root.has("description")) {
            text(root.get("description"), "/description");
        }
        Charset encoding = encoding(root);
        char delimiter = delimiter(root);
        locale = root.has("locale") ? locale(root.get("locale"), "/locale") : null;
        boolean footer = root.has("footer") && bool(root.get("footer"), "/footer");
        Pipeline pipeline = root.has("pipeline") ? pipeline(root.get("pipeline")) : null;
        List<ActivityType> types = activityTypes(root.get("activityTypes"));
        List<Source> sources = sources(root.get("sources"));

        JsonNode activities = required(root, "activities", "/");
        object(activities, "/activities", List.of("columns", "dates", "duration", "types", "outcomes"));
        Columns activityColumns = columns(activities, "/activities", ACTIVITY_FIELDS, Set.of("rep", "type", "date"));
        DateFormat activityDates = dates(activities.get("dates"), "/activities/dates");
        DurationUnit duration = activities.has("duration") ? duration(activities.get("duration")) : DurationUnit.MINUTES;
        Labels<ActivityType> typeLabels = typeLabels(activities.get("types"), types);
        Labels<Outcome> outcomeLabels = outcomeLabels(activities.get("outcomes"));

        JsonNode opportunities = required(root, "opportunities", "/");
        object(opportunities, "/opportunities", List.of("columns", "dates", "amounts", "history", "historyColumn",
                "stages", "results", "sources", "closeDateWhileOpen"));
        HistoryShape history = history(opportunities);
        AmountFormat amounts = amounts(opportunities.get("amounts"));
        Columns opportunityColumns = opportunityColumns(opportunities, history, amounts);
        String historyColumn = null;
        if (history == HistoryShape.COLUMNS) {
            historyColumn = text(required(opportunities, "historyColumn", "/opportunities"), "/opportunities/historyColumn");
            if (!historyColumn.contains("{label}")) {
                throw error("/opportunities/historyColumn", "must hold {label}, where each stage's label goes: "
                        + historyColumn);
            }
        } else if (opportunities.has("historyColumn")) {
            throw error("/opportunities/historyColumn", "only for \"history\": \"columns\"");
        }
        List<String[]> stageAliases = aliases(opportunities.get("stages"), "/opportunities/stages");
        List<String[]> resultAliases = aliases(opportunities.get("results"), "/opportunities/results");
        for (String[] alias : resultAliases) {
            if (!List.of("open", "won", "lost").contains(alias[1])) {
                throw error(alias[2], "unknown result '" + alias[1] + "' (expected one of open, won, lost)");
            }
        }
        Labels<Source> sourceLabels = sourceLabels(opportunities.get("sources"), sources);
        boolean closeWhileOpen = closeWhileOpen(opportunities.get("closeDateWhileOpen"));

        Columns historyFiles = null;
        DateFormat historyDates = DateFormat.ISO;
        JsonNode stageHistory = root.get("stageHistory");
        if (history == HistoryShape.ROWS) {
            if (stageHistory == null) {
                throw error("/", "\"history\": \"rows\" needs \"stageHistory\": the columns of the stage-history file");
            }
            object(stageHistory, "/stageHistory", List.of("columns", "dates"));
            historyFiles = columns(stageHistory, "/stageHistory", HISTORY_FIELDS, Set.of("opportunity", "stage", "date"));
            historyDates = dates(stageHistory.get("dates"), "/stageHistory/dates");
        } else if (stageHistory != null) {
            throw error("/stageHistory", "only for \"history\": \"rows\" in /opportunities");
        }
        Mapping.Parts parts = new Mapping.Parts(source, name, delimiter, encoding, footer, pipeline, types, sources,
                activityColumns, activityDates, duration, typeLabels, outcomeLabels, opportunityColumns,
                dates(opportunities.get("dates"), "/opportunities/dates"), amounts, history, historyColumn,
                stageAliases, resultAliases, sourceLabels, closeWhileOpen, historyFiles, historyDates);
        if (pipeline != null) {
            // Builds the stage and result labels now, so that their mistakes show when the file is read.
            new Mapping(parts);
        } else if (history == HistoryShape.COLUMNS) {
            throw error("/opportunities/history", "\"columns\" needs the stages' labels: give \"pipeline\"");
        }
        return parts;
    }

    // ---- members of the top level ----

    private Charset encoding(JsonNode root) {
        if (!root.has("encoding")) {
            return StandardCharsets.UTF_8;
        }
        String name = text(root.get("encoding"), "/encoding");
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw error("/encoding", "unknown encoding '" + name + "' (such as UTF-8 or windows-1252)");
        }
    }

    private char delimiter(JsonNode root) {
        if (!root.has("delimiter")) {
            return 0;
        }
        String text = root.get("delimiter").isTextual() ? root.get("delimiter").textValue() : null;
        return switch (text == null ? "" : text) {
            case "auto" -> 0;
            case ",", ";", "|" -> text.charAt(0);
            case "\t", "tab" -> '\t';
            default -> throw error("/delimiter", "expected \",\", \";\", \"|\", \"tab\" or \"auto\", found "
                    + shown(root.get("delimiter")));
        };
    }

    private Locale locale(JsonNode node, String path) {
        String tag = text(node, path);
        try {
            Locale parsed = new Locale.Builder().setLanguageTag(tag).build();
            if (parsed.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return parsed;
        } catch (IllformedLocaleException e) {
            throw error(path, "'" + tag + "' is not a locale such as en-US or de-DE");
        }
    }

    private Pipeline pipeline(JsonNode node) {
        object(node, "/pipeline", List.of("stages", "won", "lost"));
        JsonNode stages = required(node, "stages", "/pipeline");
        if (!stages.isArray() || stages.isEmpty()) {
            throw error("/pipeline/stages", "expected a list of the open stages, found " + shown(stages));
        }
        List<Stage> open = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            String path = "/pipeline/stages/" + i;
            JsonNode stage = stages.get(i);
            String id;
            String label;
            if (stage.isTextual()) {
                label = stage.textValue();
                id = identifier(label);
            } else {
                object(stage, path, List.of("id", "label"));
                label = text(required(stage, "label", path), path + "/label");
                id = stage.has("id") ? text(stage.get("id"), path + "/id") : identifier(label);
            }
            try {
                open.add(Stage.open(id, label));
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
            if (!names.add(id)) {
                throw error(path, "stage '" + id + "' is listed twice");
            }
        }
        Pipeline pipeline = Pipeline.of(open.toArray(Stage[]::new));
        String won = node.has("won") ? text(node.get("won"), "/pipeline/won") : "Won";
        String lost = node.has("lost") ? text(node.get("lost"), "/pipeline/lost") : "Lost";
        try {
            return pipeline.withTerminalNames(won, lost);
        } catch (IllegalArgumentException e) {
            throw error("/pipeline", e.getMessage());
        }
    }

    /** A stage id from a label: "Proposal/Price Quote" is proposal_price_quote. */
    static String identifier(String label) {
        String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
            id = "stage_" + id;
        }
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    private List<ActivityType> activityTypes(JsonNode node) {
        List<ActivityType> types = new ArrayList<>(ActivityType.standard());
        if (node == null) {
            return List.copyOf(types);
        }
        array(node, "/activityTypes");
        for (int i = 0; i < node.size(); i++) {
            String path = "/activityTypes/" + i;
            JsonNode type = node.get(i);
            object(type, path, List.of("id", "label", "measure"));
            String id = text(required(type, "id", path), path + "/id");
            String label = type.has("label") ? text(type.get("label"), path + "/label") : displayName(id);
            String measure = type.has("measure") ? text(type.get("measure"), path + "/measure") : "counted";
            if (types.stream().anyMatch(t -> t.id().equals(id))) {
                throw error(path + "/id", "activity type '" + id + "' is "
                        + (ActivityType.standard().stream().anyMatch(t -> t.id().equals(id)) ? "a standard one" : "declared twice"));
            }
            try {
                types.add(switch (measure) {
                    case "counted" -> ActivityType.counted(id, label);
                    case "timed" -> ActivityType.timed(id, label);
                    default -> throw error(path + "/measure", "expected \"counted\" or \"timed\", found " + shown(type.get("measure")));
                });
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
        }
        return List.copyOf(types);
    }

    private List<Source> sources(JsonNode node) {
        List<Source> sources = new ArrayList<>(Source.standard());
        if (node == null) {
            return List.copyOf(sources);
        }
        array(node, "/sources");
        for (int i = 0; i < node.size(); i++) {
            String path = "/sources/" + i;
            JsonNode entry = node.get(i);
            object(entry, path, List.of("id", "label", "referral"));
            String id = text(required(entry, "id", path), path + "/id");
            String label = entry.has("label") ? text(entry.get("label"), path + "/label") : displayName(id);
            boolean referral = entry.has("referral") && bool(entry.get("referral"), path + "/referral");
            if (sources.stream().anyMatch(s -> s.id().equals(id))) {
                throw error(path + "/id", "source '" + id + "' is "
                        + (Source.standard().stream().anyMatch(s -> s.id().equals(id)) ? "a standard one" : "declared twice"));
            }
            try {
                sources.add(Source.of(id, label, referral));
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
        }
        return List.copyOf(sources);
    }

    private static String displayName(String id) {
        String spaced = id.replace('_', ' ').strip();
        return spaced.isEmpty() ? id : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    // ---- files ----

    private Columns columns(JsonNode file, String path, List<String> fields, Set<String> required) {
        JsonNode columns = required(file, "columns", path);
        object(columns, path + "/columns", fields);
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String field : fields) {
            if (columns.has(field)) {
                names.put(field, columnNames(columns.get(field), path + "/columns/" + field));
            } else if (required.contains(field)) {
                throw error(path + "/columns", "no column for " + field + ", which is required");
            }
        }
        return new Columns(names, required);
    }

    private Columns opportunityColumns(JsonNode file, HistoryShape history, AmountFormat amounts) {
        Set<String> required = new HashSet<>(Set.of("id", "owner", "account", "amount"));
        JsonNode columns = required(file, "columns", "/opportunities");
        object(columns, "/opportunities/columns", OPPORTUNITY_FIELDS);
        if (columns.has("currency") && amounts.defaultCurrency() == null) {
            required.add("currency");
        }
        if (history == HistoryShape.CELL) {
            required.add("history");
        } else if (columns.has("history")) {
            throw error("/opportunities/columns/history", "only for \"history\": \"cell\"");
        }
        if (!columns.has("stage") && !columns.has("result")) {
            throw error("/opportunities/columns", "no column for stage or result: which deals are won or lost");
        }
        for (String field : List.of("stage", "result")) {
            if (columns.has(field)) {
                required.add(field);
            }
        }
        return columns(file, "/opportunities", OPPORTUNITY_FIELDS, required);
    }

    private List<String> columnNames(JsonNode node, String path) {
        List<String> names = new ArrayList<>();
        if (node.isTextual()) {
            names.add(node.textValue());
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    throw error(path + "/" + i, "expected a column name, found " + shown(node.get(i)));
                }
                names.add(node.get(i).textValue());
            }
        } else {
            throw error(path, "expected a column name or a list of them, found " + shown(node));
        }
        for (String name : names) {
            if (Labels.normalise(name).isEmpty()) {
                throw error(path, "a column name must not be blank");
            }
        }
        return List.copyOf(names);
    }

    private DateFormat dates(JsonNode node, String path) {
        if (node == null) {
            return DateFormat.ISO;
        }
        String pattern;
        ZoneId timesIn = null;
        ZoneId daysIn = null;
        if (node.isTextual()) {
            pattern = node.textValue();
        } else {
            object(node, path, List.of("pattern", "timesIn", "daysIn"));
            pattern = node.has("pattern") ? text(node.get("pattern"), path + "/pattern") : DateFormat.ISO_PATTERN;
            timesIn = node.has("timesIn") ? zone(node.get("timesIn"), path + "/timesIn") : null;
            daysIn = node.has("daysIn") ? zone(node.get("daysIn"), path + "/daysIn") : null;
            if (daysIn != null && timesIn == null) {
                throw error(path + "/daysIn", "needs \"timesIn\": the zone of the times the CRM exports");
            }
            path = node.has("pattern") ? path + "/pattern" : path;
        }
        try {
            return new DateFormat(pattern, locale != null ? locale : Locale.US, timesIn, daysIn);
        } catch (IllegalArgumentException e) {
            throw error(path, "bad date pattern '" + pattern + "': " + e.getMessage());
        }
    }

    private ZoneId zone(JsonNode node, String path) {
        String id = text(node, path);
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw error(path, "unknown time zone '" + id + "' (such as UTC or Europe/Berlin)");
        }
    }

    private DurationUnit duration(JsonNode node) {
        String unit = text(node, "/activities/duration");
        for (DurationUnit candidate : DurationUnit.values()) {
            if (candidate.id().equals(unit)) {
                return candidate;
            }
        }
        throw error("/activities/duration", "unknown unit '" + unit + "' (expected one of "
                + java.util.Arrays.stream(DurationUnit.values()).map(DurationUnit::id).collect(Collectors.joining(", "))
                + ")");
    }

    private AmountFormat amounts(JsonNode node) {
        if (node == null) {
            return locale == null ? AmountFormat.PLAIN : new AmountFormat(locale, null);
        }
        object(node, "/opportunities/amounts", List.of("locale", "currency"));
        Locale amountLocale = node.has("locale") ? locale(node.get("locale"), "/opportunities/amounts/locale") : locale;
        Currency currency = null;
        if (node.has("currency")) {
            String code = text(node.get("currency"), "/opportunities/amounts/currency");
            try {
                currency = Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                throw error("/opportunities/amounts/currency", "unknown currency '" + code
                        + "' (expected an ISO 4217 code such as EUR)");
            }
        }
        return new AmountFormat(amountLocale, currency);
    }

    private HistoryShape history(JsonNode opportunities) {
        if (!opportunities.has("history")) {
            return HistoryShape.CELL;
        }
        String shape = text(opportunities.get("history"), "/opportunities/history");
        for (HistoryShape candidate : HistoryShape.values()) {
            if (candidate.id().equals(shape)) {
                return candidate;
            }
        }
        throw error("/opportunities/history", "unknown shape '" + shape + "' (expected one of cell, rows, columns)");
    }

    private boolean closeWhileOpen(JsonNode node) {
        if (node == null) {
            return false;
        }
        String value = text(node, "/opportunities/closeDateWhileOpen");
        return switch (value) {
            case "refuse" -> false;
            case "ignore" -> true;
            default -> throw error("/opportunities/closeDateWhileOpen", "expected \"refuse\" or \"ignore\", found "
                    + shown(node));
        };
    }

    // ---- value maps ----

    private Labels<ActivityType> typeLabels(JsonNode node, List<ActivityType> types) {
        Labels.Builder<ActivityType> labels = Labels.builder(source, "activity type", ActivityType::id);
        for (ActivityType type : types) {
            labels.add(type.id(), type, "the id of an activity type", false);
        }
        for (int i = ActivityType.standard().size(); i < types.size(); i++) {
            ActivityType type = types.get(i);
            labels.add(type.displayName(), type, "/activityTypes/" + (i - ActivityType.standard().size()) + "/label", false);
        }
        String ids = types.stream().map(ActivityType::id).collect(Collectors.joining(", "));
        for (String[] entry : aliases(node, "/activities/types")) {
            ActivityType type = types.stream().filter(t -> t.id().equals(entry[1])).findFirst()
                    .orElseThrow(() -> error(entry[2], "unknown activity type '" + entry[1] + "' (expected one of "
                            + ids + ", or one declared in /activityTypes)"));
            labels.add(entry[0], type, entry[2], true);
        }
        return labels.build();
    }

    private Labels<Outcome> outcomeLabels(JsonNode node) {
        Labels.Builder<Outcome> labels = Labels.builder(source, "outcome", o -> o.name().toLowerCase(Locale.ROOT));
        for (Outcome outcome : Outcome.values()) {
            labels.add(outcome.name().toLowerCase(Locale.ROOT), outcome, "an outcome", false);
        }
        String ids = java.util.Arrays.stream(Outcome.values()).map(o -> o.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        for (String[] entry : aliases(node, "/activities/outcomes")) {
            Outcome outcome = java.util.Arrays.stream(Outcome.values())
                    .filter(o -> o.name().toLowerCase(Locale.ROOT).equals(entry[1])).findFirst()
                    .orElseThrow(() -> error(entry[2], "unknown outcome '" + entry[1] + "' (expected one of " + ids + ")"));
            labels.add(entry[0], outcome, entry[2], true);
        }
        return labels.build();
    }

    private Labels<Source> sourceLabels(JsonNode node, List<Source> sources) {
        Labels.Builder<Source> labels = Labels.builder(source, "source", Source::id);
        for (Source s : sources) {
            labels.add(s.id(), s, "the id of a source", false);
        }
        for (int i = Source.standard().size(); i < sources.size(); i++) {
            labels.add(sources.get(i).displayName(), sources.get(i), "/sources/" + (i - Source.standard().size())
                    + "/label", false);
        }
        String ids = sources.stream().map(Source::id).collect(Collectors.joining(", "));
        for (String[] entry : aliases(node, "/opportunities/sources")) {
            Source s = sources.stream().filter(candidate -> candidate.id().equals(entry[1])).findFirst()
                    .orElseThrow(() -> error(entry[2], "unknown source '" + entry[1] + "' (expected one of " + ids
                            + ", or one declared in /sources)"));
            labels.add(entry[0], s, entry[2], true);
        }
        return labels.build();
    }

    /** A value map's entries as label, value and JSON pointer. */
    private List<String[]> aliases(JsonNode node, String path) {
        List<String[]> entries = new ArrayList<>();
        if (node == null) {
            return entries;
        }
        if (!node.isObject()) {
            throw error(path, "expected an object of labels, found " + shown(node));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String where = path + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            entries.add(new String[] {field.getKey(), text(field.getValue(), where), where});
        }
        return entries;
    }

    // ---- JSON helpers ----

    private void object(JsonNode node, String path, List<String> allowed) {
        if (!node.isObject()) {
            throw error(path, "expected an object, found " + shown(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(path.equals("/") ? "/" + name : path + "/" + name, "unknown field (expected one of "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    private JsonNode required(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw error(path, "\"" + name + "\" is missing");
        }
        return value;
    }

    private String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw error(path, "expected a string, found " + shown(node));
        }
        return node.textValue();
    }

    private boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            throw error(path, "expected true or false, found " + shown(node));
        }
        return node.booleanValue();
    }

    private void array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw error(path, "expected a list, found " + shown(node));
        }
    }

    private static String shown(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + Text.oneLine(node.textValue()) + "\"";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty list" : "a list";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isNumber() ? "the number " + Text.oneLine(node.asText()) : node.asText();
    }
}
