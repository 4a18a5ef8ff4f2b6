package io.github.kpiengine.examples.cli;

import io.github.kpiengine.Activity;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code kpi scorecard} CSV layout read from a file's whole text, for readers that fetch files
 * themselves (the Apache Beam pipeline of {@code io.github.kpiengine.examples.beam}): the tool's
 * own parsing, one file at a time, refusing a file with any bad row.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * Parses an activities file.
     *
     * @param file the file's name, for messages
     * @param text the file's content
     * @return the activities, in file order
     * @throws IllegalArgumentException if the file lacks a required column or holds a bad row,
     *         naming the file, line and reason of each
     */
    public static List<Activity> activities(String file, String text) {
        Csv csv = parse(file, text, ActivitiesCsv.REQUIRED);
        List<Activity> activities = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (Csv.Row row : csv.rows()) {
            try {
                checkWidth(csv, row);
                activities.add(ActivitiesCsv.activity(csv, row));
            } catch (RowException e) {
                bad.add(csv.file() + ":" + row.line() + ": " + e.getMessage());
            }
        }
        refuse(bad);
        return activities;
    }

    /**
     * Parses an opportunities file.
     *
     * @param file the file's name, for messages
     * @param text the file's content
     * @param pipeline the open stages the {@code stages} column may name
     * @return the opportunities, in file order
     * @throws IllegalArgumentException if the file lacks a required column or holds a bad row,
     *         naming the file, line and reason of each
     */
    public static List<Opportunity> opportunities(String file, String text, Pipeline pipeline) {
        Csv csv = parse(file, text, OpportunitiesCsv.REQUIRED);
        List<Opportunity> opportunities = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (Csv.Row row : csv.rows()) {
            try {
                checkWidth(csv, row);
                opportunities.add(OpportunitiesCsv.opportunity(csv, row, pipeline));
            } catch (RowException e) {
                bad.add(csv.file() + ":" + row.line() + ": " + e.getMessage());
            }
        }
        refuse(bad);
        return opportunities;
    }

    private static Csv parse(String file, String text, List<String> required) {
        try {
            return Csv.parse(file, text, required);
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void checkWidth(Csv csv, Csv.Row row) {
        if (row.fields().size() != csv.width()) {
            throw new RowException("the row has " + row.fields().size() + " fields, the header " + csv.width());
        }
    }

    private static void refuse(List<String> bad) {
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException(bad.size() + " bad rows: " + String.join("; ", bad));
        }
    }
}
