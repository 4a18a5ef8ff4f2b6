package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds every option of every command, and every field of every CSV file of the tool's own layout and
 * of the Salesforce and HubSpot presets, boundary values: 0, negative, 10^30, 10^-30, empty, non-ASCII, 100,000
 * characters, a run of spaces, a line break. The tool must answer (exit 0) or refuse the documented
 * way: exit 2 with one line that names the option or the column and the value (or the bad-row
 * listing, or a formula's caret), exit 3 when nothing is left to evaluate, and never a stack trace.
 */
class BoundaryValuesTest {

    private static final String LONG_NUMBER = "9".repeat(100_000);
    private static final String LONG_TEXT = "Zoë".repeat(33_334);

    /** The values every option and field is fed. */
    static final List<String> VALUES = List.of("0", "-1", "1" + "0".repeat(30), "0." + "0".repeat(29) + "1",
            "1e30", "1E-30", "", "Zoë", "Zoé", LONG_NUMBER, LONG_TEXT, "          ", "a\nb");

    /** The longest line a refusal may print: long values are cut. */
    static final int LONGEST_LINE = 1_000;

    private static final String[] PLAN = {"plan", "--target", "EUR 1200000", "--deal-size", "EUR 30000",
        "--stage", "call=20%", "--stage", "first_appointment=65%", "--stage", "proposal=50%",
        "--opportunity-stage", "first_appointment", "--weeks", "48"};

    /** The tool's own layout: two data rows each, timed activities so that the duration is read. */
    static final String[][] KPI_FILES = {
        {"--activities", "rep,type,date,account,opportunity,duration_minutes,outcome",
            "ann,social_selling,2026-03-02,acme,opp-1,90,advanced",
            "bob,on_site_session,2026-03-03,beta,opp-2,30,none"},
        {"--opportunities", "id,owner,account,source,created,amount,currency,stages,result,close_date",
            "opp-1,ann,acme,client_referral,2026-03-02,30000,EUR,lead@2026-03-02;first_appointment@2026-03-03;"
                    + "proposal@2026-03-10,won,2026-03-20",
            "opp-2,bob,beta,inbound,2026-03-04,20000.50,EUR,lead@2026-03-04,lost,2026-03-25"}};

    /** Salesforce's report exports, with the stage history in a file of its own. */
    static final String[][] SALESFORCE_FILES = {
        {"--activities", "\"Assigned\",\"Subject\",\"Date\",\"Company / Account\",\"Opportunity\",\"Call Result\","
                + "\"Call Duration\"",
            "Lena Hoffmann,Cold Call,1/2/2026,acme,opp-1,Meeting Booked,61",
            "Marc Dubois,Send Quote,1/3/2026,beta,opp-2,Left Voicemail,62"},
        {"--opportunities", "\"Opportunity Owner\",\"Account Name\",\"Opportunity ID\",\"Stage\",\"Amount\","
                + "\"Close Date\",\"Created Date\",\"Lead Source\"",
            "Lena Hoffmann,acme,opp-1,Closed Won,\"EUR 19,200.00\",2/23/2026,1/5/2026,Cold Call",
            "Marc Dubois,beta,opp-2,Qualification,\"EUR 12,800.00\",3/19/2026,1/6/2026,Web"},
        {"--stage-history", "\"Opportunity ID\",\"From Stage\",\"To Stage\",\"Last Modified\"",
            "opp-1,Prospecting,Qualification,1/19/2026 10:14 AM",
            "opp-2,Prospecting,Qualification,1/20/2026 10:14 AM"}};

    /** HubSpot's exports: two columns for a type and an outcome, the stage history in a column per stage. */
    static final String[][] HUBSPOT_FILES = {
        {"--activities", "Activity date,Activity type,Call and meeting type,Activity assigned to,Associated Company,"
                + "Associated Deal,Call outcome,Meeting outcome,Call duration",
            "2026-01-02 09:07,CALL,Cold Call,Lena Hoffmann,acme,,Connected,,61000",
            "2026-01-05 10:32,MEETING,First Appointment,Ines Carvalho,beta,deal-2,,Next Step Agreed,"},
        {"--opportunities", "Record ID,Deal Stage,Amount,Deal currency code,Close Date,Create Date,Deal owner,"
                + "Associated Company,Original Source,\"Date entered \"\"Appointment Scheduled (Sales Pipeline)\"\"\","
                + "\"Date entered \"\"Contract Sent (Sales Pipeline)\"\"\"",
            "deal-1,Closed Won,19200,EUR,2026-02-23 17:00,2026-01-05 09:07,Lena Hoffmann,acme,Offline Sources,"
                    + "2026-01-05 10:14,2026-01-19 10:14",
            "deal-2,Contract Sent,12800,EUR,2026-03-19 17:00,2026-01-05 10:14,Ines Carvalho,beta,Referrals,"
                    + "2026-01-05 11:21,2026-01-20 11:21"}};

    /** The layouts swept, by preset. */
    static final Map<String, String[][]> LAYOUTS = Map.of("kpi", KPI_FILES, "salesforce", SALESFORCE_FILES,
            "hubspot", HUBSPOT_FILES);

    @TempDir
    static Path dir;

    private static final AtomicInteger FILES = new AtomicInteger();

    /**
     * A run to make and what a refusal must name.
     *
     * @param command the command's name in messages, such as {@code kpi plan}
     * @param field the option or column a refusal must name
     * @param value the value fed
     * @param args the command line
     */
    record Case(String command, String field, String value, List<String> args) {

        @Override
        public String toString() {
            return command + " " + shown(field) + "=" + shown(value);
        }
    }

    /** A value for a test's name: short, on one line. */
    static String shown(String value) {
        return (value.length() > 20 ? value.substring(0, 10) + "...(" + value.length() + ")" : value)
                .replace("\n", "\\n");
    }

    // ------------------------------------------------------------------ options

    @TestFactory
    Stream<DynamicTest> plan_everyOptionAtEveryBoundary_answersOrRefusesInOneLine() {
        List<Case> cases = new ArrayList<>();
        for (String v : VALUES) {
            plan(cases, "--target", v, replaced(PLAN, "EUR 1200000", v), replaced(PLAN, "EUR 1200000", "EUR " + v));
            plan(cases, "--deal-size", v, replaced(PLAN, "EUR 30000", v), replaced(PLAN, "EUR 30000", "EUR " + v));
            plan(cases, "--stage", v, replaced(PLAN, "call=20%", v), replaced(PLAN, "call=20%", v + "=20%"),
                    replaced(PLAN, "call=20%", "call=" + v), replaced(PLAN, "call=20%", "call=" + v + "%"));
            plan(cases, "--opportunity-stage", v, replaced(PLAN, "first_appointment", v));
            plan(cases, "--weeks", v, replaced(PLAN, "48", v));
            String[] calendar = Arrays.copyOf(PLAN, PLAN.length - 2);
            plan(cases, "--calendar", v, with(calendar, "--calendar=" + v));
            plan(cases, "--cycle-days", v, with(calendar, "--calendar", "2027", "--cycle-days", v));
            plan(cases, "--confidence", v, with(PLAN, "--confidence", v), with(PLAN, "--confidence", v + "%"));
            plan(cases, "--hours-per-week", v, with(PLAN, "--hours-per-week", v));
            plan(cases, "--selling-share", v, with(PLAN, "--hours-per-week", "40", "--selling-share", v),
                    with(PLAN, "--hours-per-week", "40", "--selling-share", v + "%"));
            plan(cases, "--activity-hours", v, with(PLAN, "--hours-per-week", "40", "--activity-hours", v),
                    with(PLAN, "--hours-per-week", "40", "--activity-hours", "call=" + v),
                    with(PLAN, "--hours-per-week", "40", "--activity-hours", v + "=1"));
            plan(cases, "--format", v, with(PLAN, "--format", v));
        }
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> scorecard_everyOptionAtEveryBoundary_answersOrRefusesInOneLine() {
        Path activities = write("activities.csv", KPI_FILES[0]);
        Path opportunities = write("opportunities.csv", KPI_FILES[1]);
        String[] base = {"scorecard", "--activities", activities.toString(), "--opportunities",
            opportunities.toString()};
        String[] salesforce = {"scorecard", "--preset", "salesforce", "--activities",
            write("sf-tasks.csv", SALESFORCE_FILES[0]).toString(), "--opportunities",
            write("sf-opportunities.csv", SALESFORCE_FILES[1]).toString(), "--stage-history",
            write("sf-history.csv", SALESFORCE_FILES[2]).toString()};
        String html = dir.resolve("review.html").toString();
        List<Case> cases = new ArrayList<>();
        for (String v : VALUES) {
            scorecard(cases, "--activities", v, replaced(base, activities.toString(), v), new String[] {"scorecard",
                "--activities", v});
            scorecard(cases, "--opportunities", v, replaced(base, opportunities.toString(), v));
            scorecard(cases, "--stage-history", v, replaced(salesforce, salesforce[salesforce.length - 1], v));
            scorecard(cases, "--preset", v, with(base, "--preset", v), replaced(salesforce, "salesforce", v));
            scorecard(cases, "--mapping", v, with(base, "--mapping", v));
            scorecard(cases, "--pipeline", v, with(base, "--pipeline", v), with(base, "--pipeline", "lead," + v));
            scorecard(cases, "--period", v, with(base, "--period", v), with(base, "--period", v + "/2026-12-31"),
                    with(base, "--period", "2026-01-01/" + v));
            scorecard(cases, "--format", v, with(base, "--format", v));
            scorecard(cases, "--by-week", v, with(base, "--by-week=" + v));
            scorecard(cases, "--skip-bad-rows", v, with(base, "--skip-bad-rows=" + v));
            scorecard(cases, "--html", v, with(base, "--html", dir.resolve("html").resolve(v.strip().isEmpty()
                    ? "x" : v.substring(0, Math.min(v.length(), 100)).replace("\n", "")).toString()));
            scorecard(cases, "--quarterly-target", v, with(base, "--html", html, "--quarterly-target", v),
                    with(base, "--html", html, "--quarterly-target", "EUR " + v));
        }
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> otherCommands_everyOptionAtEveryBoundary_answersOrRefusesInOneLine() {
        List<Case> cases = new ArrayList<>();
        for (String v : VALUES) {
            cases.add(new Case("kpi mapping init", "--preset", v, List.of("mapping", "init", "--preset", v)));
            cases.add(new Case("kpi formula check", "TEXT", v, List.of("formula", "check", v)));
            cases.add(new Case("kpi formula check", "TEXT", v, List.of("formula", "check", "count(" + v + ")")));
            cases.add(new Case("kpi formula check", "--pipeline", v,
                    List.of("formula", "check", "win_rate()", "--pipeline", v)));
            cases.add(new Case("kpi", "", v, List.of(v)));
            cases.add(new Case("kpi", "", v, List.of("help", v)));
            cases.add(new Case("kpi mapping", "", v, List.of("mapping", v)));
            cases.add(new Case("kpi formula", "", v, List.of("formula", v)));
            cases.add(new Case("kpi plan", "", v, List.of(with(PLAN, v))));
        }
        return run(cases);
    }

    private static Stream<DynamicTest> run(List<Case> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(),
                () -> named(c.toString(), () -> check(c, CliRun.of(c.args().toArray(String[]::new))))));
    }

    /** Runs checks, naming the case in a failure: a dynamic test's report shows only its index. */
    static void named(String name, Runnable checks) {
        try {
            checks.run();
        } catch (AssertionError e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }

    private static void plan(List<Case> cases, String option, String value, String[]... runs) {
        for (String[] args : runs) {
            cases.add(new Case("kpi plan", option, value, List.of(args)));
        }
    }

    private static void scorecard(List<Case> cases, String option, String value, String[]... runs) {
        for (String[] args : runs) {
            cases.add(new Case("kpi scorecard", option, value, List.of(args)));
        }
    }

    /** The checks of every run: exit 0, or a refusal in one line naming the field and the value. */
    static void check(Case c, CliRun run) {
        assertNoStackTrace(run);
        assertThat(run.exitCode()).as(run.err()).isIn(KpiCommand.EXIT_OK, KpiCommand.EXIT_USAGE,
                KpiCommand.EXIT_NOTHING_TO_EVALUATE);
        List<String> lines = run.err().lines().toList();
        if (run.exitCode() == KpiCommand.EXIT_OK) {
            assertThat(lines).allMatch(line -> line.startsWith("kpi scorecard: wrote the sales review to "));
            return;
        }
        assertThat(run.out()).isEmpty();
        lines.forEach(line -> assertThat(line.length()).as(line.substring(0, Math.min(200, line.length())))
                .isLessThanOrEqualTo(LONGEST_LINE));
        if (run.exitCode() == KpiCommand.EXIT_NOTHING_TO_EVALUATE) {
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith(c.command() + ": nothing to evaluate");
            return;
        }
        if (c.command().equals("kpi formula check") && lines.size() == 3) {
            // A formula's error: the message, the line of the formula, the caret under the spot.
            assertThat(lines.get(0)).startsWith(c.command() + ": expected ").contains(" at line ");
            assertThat(lines.get(2)).matches(" *\\^");
            return;
        }
        if (c.command().equals("kpi scorecard") && lines.size() > 1) {
            // The bad rows the option made of the files' rows: listed, then counted.
            assertThat(lines.get(lines.size() - 1))
                    .matches("kpi scorecard: \\d+ bad row\\(s\\): nothing was loaded .*");
            return;
        }
        assertThat(lines).as(run.err()).hasSize(1);
        String line = lines.get(0);
        assertThat(line).startsWith(c.command() + ": ").contains(c.field());
        assertNamesValue(line, c.value());
    }

    static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The value as typed (its start, with line breaks escaped), or as a decimal in any notation. */
    static void assertNamesValue(String line, String value) {
        String typed = value.strip();
        if (typed.isEmpty()) {
            return;
        }
        String start = typed.substring(0, Math.min(20, typed.length())).replace("\n", "\\n");
        if (line.contains(start)) {
            return;
        }
        try {
            BigDecimal decimal = new BigDecimal(typed);
            assertThat(line).containsAnyOf(decimal.toPlainString(), decimal.toString(),
                    decimal.stripTrailingZeros().toString());
        } catch (NumberFormatException e) {
            assertThat(line).contains(start);
        }
    }

    // ------------------------------------------------------------------ CSV fields

    @TestFactory
    Stream<DynamicTest> scorecard_everyCsvFieldAtEveryBoundary_loadsOrListsBadRowsNamingTheColumn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String preset : List.of("kpi", "salesforce", "hubspot")) {
            String[][] layout = LAYOUTS.get(preset);
            for (int f = 0; f < layout.length; f++) {
                List<String> header = CsvLine.split(layout[f][1]);
                for (int column = 0; column < header.size(); column++) {
                    for (String v : VALUES) {
                        int file = f;
                        int at = column;
                        String name = preset + " " + layout[f][0] + " " + header.get(column) + "=" + shown(v);
                        tests.add(DynamicTest.dynamicTest(name, () -> named(name, () -> csvField(preset, layout, file,
                                header.get(at), at, v))));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void csvField(String preset, String[][] layout, int file, String header, int column, String value) {
        List<String> args = new ArrayList<>(List.of("scorecard", "--preset", preset));
        Path changed = null;
        for (int f = 0; f < layout.length; f++) {
            String[] lines = layout[f].clone();
            if (f == file) {
                for (int row = 2; row < lines.length; row++) {
                    List<String> cells = CsvLine.split(lines[row]);
                    cells.set(column, value);
                    lines[row] = CsvLine.join(cells);
                }
            }
            Path path = write("sweep-" + FILES.incrementAndGet() + ".csv", lines);
            if (f == file) {
                changed = path;
            }
            args.add(lines[0]);
            args.add(path.toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertNoStackTrace(run);
        assertThat(run.exitCode()).as(run.err()).isIn(KpiCommand.EXIT_OK, KpiCommand.EXIT_USAGE);
        if (run.exitCode() == KpiCommand.EXIT_OK) {
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("Scorecard ");
        } else {
            assertThat(run.out()).isEmpty();
            List<String> lines = run.err().lines().toList();
            assertThat(lines.get(lines.size() - 1)).as(run.err()).matches("kpi scorecard: \\d+ bad row\\(s\\): "
                    + "nothing was loaded .*");
            List<String> rows = lines.subList(0, lines.size() - 1);
            assertThat(rows).isNotEmpty().allMatch(line -> line.startsWith("kpi scorecard: "));
            lines.forEach(line -> assertThat(line.length()).isLessThanOrEqualTo(LONGEST_LINE));
            String prefix = "kpi scorecard: " + changed + ":";
            List<String> naming = rows.stream().filter(line -> line.startsWith(prefix) && line.contains(header))
                    .toList();
            assertThat(naming).as("a bad row of %s naming column %s: %s", changed, header, run.err()).isNotEmpty();
            naming.forEach(line -> assertNamesValue(line, value));
        }
        args.add("--skip-bad-rows");
        CliRun skipping = CliRun.of(args.toArray(String[]::new));
        assertNoStackTrace(skipping);
        assertThat(skipping.exitCode()).as(skipping.err()).isIn(KpiCommand.EXIT_OK,
                KpiCommand.EXIT_NOTHING_TO_EVALUATE);
        assertThat(skipping.err().lines()).allMatch(line -> line.startsWith("kpi scorecard: skipped ")
                || line.startsWith("kpi scorecard: nothing to evaluate"));
    }

    // ------------------------------------------------------------------ blank lines

    @TestFactory
    Stream<DynamicTest> scorecard_blankLinesAnywhere_skippedLikeEmptyOnes() {
        List<String> blanks = List.of("", "          ", "\t \t", "\u00a0\u00a0", "\u3000", "\u2007\u202f", ",,,,,,",
                " , , ,");
        List<DynamicTest> tests = new ArrayList<>();
        for (String preset : List.of("kpi", "salesforce", "hubspot")) {
            String[][] layout = LAYOUTS.get(preset);
            CliRun expected = CliRun.of(files(preset, layout, -1, -1, null));
            for (int f = 0; f < layout.length; f++) {
                for (int at = 1; at <= layout[f].length; at++) {
                    for (String blank : blanks) {
                        int file = f;
                        int line = at;
                                String name = preset + " " + layout[f][0] + " line " + at + " '" + blank + "'";
                        tests.add(DynamicTest.dynamicTest(name, () -> named(name, () -> {
                            CliRun run = CliRun.of(files(preset, layout, file, line, blank));
                            assertThat(run.exitCode()).as(run.err()).isZero();
                            assertThat(run.err()).isEmpty();
                            assertThat(run.out()).isEqualTo(expected.out());
                        })));
                    }
                }
            }
        }
        return tests.stream();
    }

    /** The command line over a layout's files, one of them with a line inserted before line {@code at}. */
    private static String[] files(String preset, String[][] layout, int file, int at, String inserted) {
        List<String> args = new ArrayList<>(List.of("scorecard", "--preset", preset));
        for (int f = 0; f < layout.length; f++) {
            List<String> lines = new ArrayList<>(Arrays.asList(layout[f]).subList(1, layout[f].length));
            if (f == file) {
                lines.add(at - 1, inserted);
            }
            args.add(layout[f][0]);
            args.add(write("blank-" + FILES.incrementAndGet() + ".csv", lines.toArray(String[]::new)).toString());
        }
        return args.toArray(String[]::new);
    }

    // ------------------------------------------------------------------ helpers

    static Path write(String name, String... lines) {
        Path file = dir.resolve(name.startsWith("--") ? name.substring(2) + ".csv" : name);
        List<String> body = Arrays.asList(lines);
        if (!body.isEmpty() && body.get(0).startsWith("--")) {
            body = body.subList(1, body.size());
        }
        try {
            Files.writeString(file, String.join("\n", body) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String[] replaced(String[] args, String old, String value) {
        String[] copy = args.clone();
        copy[Arrays.asList(copy).indexOf(old)] = value;
        return copy;
    }

    private static String[] with(String[] args, String... more) {
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    /** Splits and joins the fixtures' CSV lines, RFC 4180 quoting. */
    static final class CsvLine {

        private CsvLine() {
        }

        static List<String> split(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }

        static String join(List<String> cells) {
            List<String> out = new ArrayList<>();
            for (String cell : cells) {
                out.add(cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            return String.join(",", out);
        }
    }
}
