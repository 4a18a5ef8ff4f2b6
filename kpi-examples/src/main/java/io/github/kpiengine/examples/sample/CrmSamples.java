package io.github.kpiengine.examples.sample;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.Stage;
import io.github.kpiengine.StageEntry;
import io.github.kpiengine.examples.crm.Mapping;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sample company's year written as three CRMs export it, for the presets of {@code kpi scorecard}:
 * Salesforce report exports (Tasks and Events, Opportunities, Opportunity History, each with the
 * report's footer), HubSpot exports (activities, deals with one {@code Date entered} column per
 * stage, UTC times) and Pipedrive exports (semicolon-separated with a byte-order mark and Excel's
 * empty rows, as a spreadsheet saves them). The same data in the tool's own layout is
 * {@link #ownLayout(String)}. Deterministic: the bundled files under {@code kpi-examples/samples/}
 * are this class's output, and a test checks that they still are.
 *
 * <p>Regenerate: {@code ./mvnw -q -pl kpi-examples -am compile exec:java
 * -Dexec.mainClass=io.github.kpiengine.examples.sample.CrmSamples}.
 */
public final class CrmSamples {

    /** The presets the samples are written for. */
    public static final List<String> PRESETS = List.of("salesforce", "hubspot", "pipedrive");

    private static final DateTimeFormatter US_DAY = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final String NL = "\r\n";

    private final SampleCompany company = SampleCompany.create();
    private final String preset;
    private final Pipeline pipeline;

    private CrmSamples(String preset) {
        this.preset = preset;
        this.pipeline = Mapping.preset(preset).pipeline().orElseThrow();
    }

    /**
     * Writes every preset's files under a folder, one subfolder per preset.
     *
     * @param args the folder, {@code kpi-examples/samples} unless given
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "kpi-examples/samples");
        for (String preset : PRESETS) {
            Path dir = Files.createDirectories(root.resolve(preset));
            for (Map.Entry<String, String> file : files(preset).entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * Returns a preset's sample files.
     *
     * @param preset {@code salesforce}, {@code hubspot} or {@code pipedrive}
     * @return each file's name and text
     */
    public static Map<String, String> files(String preset) {
        CrmSamples samples = new CrmSamples(preset);
        return switch (preset) {
            case "salesforce" -> samples.salesforce();
            case "hubspot" -> samples.hubspot();
            case "pipedrive" -> samples.pipedrive();
            default -> throw new IllegalArgumentException("preset must be one of " + PRESETS + ": " + preset);
        };
    }

    /**
     * Returns the same data as a preset's samples in the tool's own layout: {@code activities.csv},
     * {@code opportunities.csv}, and {@code pipeline}, the {@code --pipeline} value (the preset's stage
     * names).
     *
     * @param preset {@code salesforce}, {@code hubspot} or {@code pipedrive}
     * @return each file's name and text, and the pipeline
     */
    public static Map<String, String> ownLayout(String preset) {
        return new CrmSamples(preset).own();
    }

    // ---- what each CRM calls the sample's values ----

    private String rep(String id) {
        return company.org().rep(id).name();
    }

    private Stage stage(String sampleStage) {
        String label = switch (preset + "/" + sampleStage) {
            case "salesforce/first_appointment" -> "Qualification";
            case "salesforce/proposal" -> "Proposal/Price Quote";
            case "hubspot/first_appointment" -> "Appointment Scheduled";
            case "hubspot/proposal" -> "Contract Sent";
            case "pipedrive/first_appointment" -> "Contact Made";
            case "pipedrive/proposal" -> "Proposal Made";
            default -> throw new IllegalArgumentException(sampleStage);
        };
        return pipeline.stages().stream().filter(s -> s.displayName().equals(label)).findFirst().orElseThrow();
    }

    private Stage closed(Opportunity opportunity) {
        return opportunity.isWon() ? pipeline.won() : pipeline.lost();
    }

    private static String type(Activity activity, String... labels) {
        // cold_call, referral_request, first_appointment, proposal
        List<ActivityType> order = List.of(ActivityType.COLD_CALL, ActivityType.REFERRAL_REQUEST,
                ActivityType.FIRST_APPOINTMENT, ActivityType.PROPOSAL);
        return labels[order.indexOf(activity.type())];
    }

    private static String outcome(Activity activity, int row, String advancedCall, String advancedMeeting,
            String order, String referrals, String... nothing) {
        return switch (activity.outcome()) {
            case ADVANCED -> activity.type().equals(ActivityType.COLD_CALL) ? advancedCall : advancedMeeting;
            case ORDER_COMMITMENT -> order;
            case REFERRAL_LIST -> referrals;
            case NONE -> nothing[row % nothing.length];
        };
    }

    private static String source(Source source, String cold, String client, String partner) {
        if (source.equals(Source.CLIENT_REFERRAL)) {
            return client;
        }
        return source.equals(Source.PARTNER_REFERRAL) ? partner : cold;
    }

    private static String time(int row, boolean twelveHour) {
        int hour = 8 + row % 9;
        int minute = (row * 7) % 60;
        if (twelveHour) {
            return String.format(Locale.ROOT, "%d:%02d %s", hour > 12 ? hour - 12 : hour, minute, hour >= 12 ? "PM" : "AM");
        }
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    }

    /** An expected close for an open deal, as Salesforce and HubSpot always show one. */
    private static LocalDate expectedClose(Opportunity opportunity) {
        return opportunity.created().plusDays(60);
    }

    private static String amount(BigDecimal amount, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(amount);
    }

    // ---- Salesforce ----

    private Map<String, String> salesforce() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder tasks = new StringBuilder();
        line(tasks, ',', true, "Assigned", "Subject", "Date", "Company / Account", "Opportunity", "Call Result",
                "Call Duration");
        int row = 0;
        for (Activity activity : company.activities()) {
            row++;
            boolean call = activity.type().equals(ActivityType.COLD_CALL);
            line(tasks, ',', true, rep(activity.repId()),
                    type(activity, row % 3 == 0 ? "Call" : "Cold Call", "Referral Request", "First Meeting", "Send Quote"),
                    US_DAY.format(activity.date()), activity.account().orElse(""), activity.opportunity().orElse(""),
                    outcome(activity, row, "Meeting Booked", "Next Step Agreed", "Order Committed", "Referrals Given",
                            call ? "No Answer" : "", call ? "Left Voicemail" : "", ""),
                    call ? Integer.toString(60 + row % 600) : "");
        }
        footer(tasks, "Tasks and Events");
        files.put("tasks-and-events.csv", tasks.toString());

        StringBuilder deals = new StringBuilder();
        StringBuilder history = new StringBuilder();
        line(deals, ',', true, "Opportunity Owner", "Account Name", "Opportunity ID", "Stage", "Amount",
                "Close Date", "Created Date", "Lead Source");
        line(history, ',', true, "Opportunity ID", "From Stage", "To Stage", "Last Modified");
        row = 0;
        for (Opportunity opportunity : company.opportunities()) {
            row++;
            Stage current = opportunity.isOpen() ? stage(opportunity.currentStage().name()) : closed(opportunity);
            String amount = amount(opportunity.amount().amount(), "EUR #,##0.00");
            String close = US_DAY.format(opportunity.closeDate().orElse(expectedClose(opportunity)));
            line(deals, ',', true, rep(opportunity.ownerId()), opportunity.accountId(), opportunity.id(),
                    current.displayName(), amount, close, US_DAY.format(opportunity.created()),
                    source(opportunity.source(), "Cold Call", "External Referral", "Partner Referral"));
            // The report lists the newest change first; an amount change repeats the stage.
            List<String[]> changes = new ArrayList<>();
            String from = "";
            for (StageEntry entry : opportunity.history()) {
                Stage to = entry.stage().isTerminal() ? closed(opportunity) : stage(entry.stage().name());
                changes.add(new String[] {from, to.displayName(),
                        US_DAY.format(entry.entered()) + " " + time(row + changes.size(), true)});
                if (row % 4 == 0 && !to.isTerminal()) {
                    changes.add(new String[] {to.displayName(), to.displayName(),
                            US_DAY.format(entry.entered()) + " " + time(row + changes.size() + 5, true)});
                }
                from = to.displayName();
            }
            for (int i = changes.size() - 1; i >= 0; i--) {
                String[] change = changes.get(i);
                line(history, ',', true, opportunity.id(), change[0], change[1], change[2]);
            }
        }
        footer(deals, "Opportunities");
        footer(history, "Opportunity History");
        files.put("opportunities.csv", deals.toString());
        files.put("opportunity-history.csv", history.toString());
        return files;
    }

    private static void footer(StringBuilder out, String report) {
        out.append(NL);
        line(out, ',', true, "Northwind Office Systems - " + report);
        line(out, ',', true, "Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved.");
        line(out, ',', true, "Confidential Information - Do Not Distribute");
        line(out, ',', true, "Generated By:  Lena Hoffmann  1/4/2027 9:12 AM");
        line(out, ',', true, "Northwind Office Systems");
    }

    // ---- HubSpot ----

    private Map<String, String> hubspot() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder activities = new StringBuilder();
        line(activities, ',', false, "Activity date", "Activity type", "Call and meeting type", "Activity assigned to",
                "Associated Company", "Associated Deal", "Call outcome", "Meeting outcome", "Call duration");
        int row = 0;
        for (Activity activity : company.activities()) {
            row++;
            boolean call = activity.type().equals(ActivityType.COLD_CALL);
            String outcome = outcome(activity, row, "Meeting Booked", "Next Step Agreed", "Order Committed",
                    "Referrals Given", call ? "No answer" : "Completed", call ? "Connected" : "Completed");
            line(activities, ',', false, ISO_DAY.format(activity.date()) + " " + time(row, false),
                    type(activity, "CALL", "MEETING", "MEETING", "TASK"),
                    type(activity, "Cold Call", "Referral Request", "First Appointment", "Proposal"),
                    rep(activity.repId()), activity.account().orElse(""), activity.opportunity().orElse(""),
                    call ? outcome : "", call ? "" : outcome, call ? Integer.toString(60_000 + row % 600 * 1000) : "");
        }
        files.put("activities.csv", activities.toString());

        StringBuilder deals = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Record ID", "Deal Stage", "Amount", "Deal currency code",
                "Close Date", "Create Date", "Deal owner", "Associated Company", "Original Source"));
        for (Stage stage : pipeline.stages()) {
            header.add("Date entered \"" + stage.displayName() + " (Sales Pipeline)\"");
        }
        line(deals, ',', false, header.toArray(String[]::new));
        row = 0;
        for (Opportunity opportunity : company.opportunities()) {
            row++;
            Stage current = opportunity.isOpen() ? stage(opportunity.currentStage().name()) : closed(opportunity);
            List<String> cells = new ArrayList<>(List.of(opportunity.id(),
                    current.displayName(), amount(opportunity.amount().amount(), "0.##"),
                    opportunity.amount().currency().getCurrencyCode(),
                    ISO_DAY.format(opportunity.closeDate().orElse(expectedClose(opportunity))) + " 17:00",
                    ISO_DAY.format(opportunity.created()) + " " + time(row, false), rep(opportunity.ownerId()),
                    opportunity.accountId(),
                    source(opportunity.source(), "Offline Sources", "Client Referral", "Partner Referral")));
            for (Stage stage : pipeline.stages()) {
                String entered = "";
                for (StageEntry entry : opportunity.history()) {
                    Stage theirs = entry.stage().isTerminal() ? closed(opportunity) : stage(entry.stage().name());
                    if (theirs.equals(stage)) {
                        entered = ISO_DAY.format(entry.entered()) + " " + time(row + 1, false);
                    }
                }
                cells.add(entered);
            }
            line(deals, ',', false, cells.toArray(String[]::new));
        }
        files.put("deals.csv", deals.toString());
        return files;
    }

    // ---- Pipedrive ----

    private Map<String, String> pipedrive() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder activities = new StringBuilder("\uFEFF");
        line(activities, ';', false, "Activity - Type", "Activity - Due date", "Activity - Assigned to user",
                "Activity - Organization", "Activity - Deal ID", "Activity - Duration", "Activity - Outcome");
        int row = 0;
        for (Activity activity : company.activities()) {
            row++;
            String type = type(activity, "Cold call", "Referral request", "First meeting", "Proposal");
            line(activities, ';', false, type, ISO_DAY.format(activity.date()), rep(activity.repId()),
                    activity.account().orElse(""), activity.opportunity().orElse(""),
                    "00:" + String.format(Locale.ROOT, "%02d", 15 + row % 30),
                    outcome(activity, row, "Meeting booked", "Next step agreed", "Order committed", "Referrals given",
                            "", "No answer"));
            if (row % 2500 == 0) {
                // A spreadsheet's empty row.
                activities.append(";;;;;;").append(NL);
            }
        }
        files.put("activities.csv", activities.toString());

        StringBuilder deals = new StringBuilder("\uFEFF");
        StringBuilder changes = new StringBuilder("\uFEFF");
        line(deals, ';', false, "Deal - ID", "Deal - Owner", "Deal - Organization", "Deal - Value",
                "Deal - Currency", "Deal - Stage", "Deal - Status", "Deal - Deal created", "Deal - Deal closed on",
                "Deal - Source");
        line(changes, ';', false, "Deal - ID", "Previous stage", "Stage", "Entered stage");
        row = 0;
        for (Opportunity opportunity : company.opportunities()) {
            row++;
            Stage lastOpen = null;
            String previous = "";
            for (StageEntry entry : opportunity.history()) {
                if (entry.stage().isTerminal()) {
                    continue;
                }
                lastOpen = stage(entry.stage().name());
                line(changes, ';', false, opportunity.id(), previous, lastOpen.displayName(),
                        ISO_DAY.format(entry.entered()) + " " + time(row, false) + ":00");
                previous = lastOpen.displayName();
            }
            line(deals, ';', false, opportunity.id(), rep(opportunity.ownerId()),
                    opportunity.accountId(), amount(opportunity.amount().amount(), "0.##"),
                    opportunity.amount().currency().getCurrencyCode(),
                    lastOpen == null ? "" : lastOpen.displayName(), opportunity.result().name().toLowerCase(Locale.ROOT),
                    ISO_DAY.format(opportunity.created()) + " " + time(row, false) + ":00",
                    opportunity.closeDate().map(day -> ISO_DAY.format(day) + " 16:30:00").orElse(""),
                    source(opportunity.source(), "Cold outreach", "Client referral", "Partner referral"));
        }
        files.put("deals.csv", deals.toString());
        files.put("deal-stage-changes.csv", changes.toString());
        return files;
    }

    // ---- the tool's own layout ----

    private Map<String, String> own() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder activities = new StringBuilder();
        line(activities, ',', false, "rep", "type", "date", "account", "opportunity", "duration_minutes", "outcome");
        for (Activity activity : company.activities()) {
            line(activities, ',', false, rep(activity.repId()), activity.type().id(), ISO_DAY.format(activity.date()),
                    activity.account().orElse(""), activity.opportunity().orElse(""), "",
                    activity.outcome().name().toLowerCase(Locale.ROOT));
        }
        files.put("activities.csv", activities.toString());
        StringBuilder deals = new StringBuilder();
        line(deals, ',', false, "id", "owner", "account", "source", "created", "amount", "currency", "stages", "result",
                "close_date");
        for (Opportunity opportunity : company.opportunities()) {
            String stages = opportunity.history().stream().filter(entry -> !entry.stage().isTerminal())
                    .map(entry -> stage(entry.stage().name()).name() + "@" + entry.entered())
                    .collect(Collectors.joining(";"));
            line(deals, ',', false, opportunity.id(), rep(opportunity.ownerId()), opportunity.accountId(),
                    opportunity.source().id(), opportunity.created().toString(),
                    opportunity.amount().amount().toPlainString(), opportunity.amount().currency().getCurrencyCode(),
                    stages, opportunity.result().name().toLowerCase(Locale.ROOT),
                    opportunity.closeDate().map(LocalDate::toString).orElse(""));
        }
        files.put("opportunities.csv", deals.toString());
        files.put("pipeline", pipeline.openStages().stream().map(Stage::name).collect(Collectors.joining(",")));
        return files;
    }

    private static void line(StringBuilder out, char delimiter, boolean quoteAll, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            String cell = cells[i];
            boolean quote = quoteAll || cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
            out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        out.append(NL);
    }
}
