package io.github.kpiengine.examples.crm;

import static io.github.kpiengine.examples.crm.Loads.badRows;
import static io.github.kpiengine.examples.crm.Loads.figure;
import static io.github.kpiengine.examples.crm.Loads.load;
import static io.github.kpiengine.examples.crm.Loads.mapping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.kpi.Kpis;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How files are read: quoting, delimiters, byte-order marks, encodings, blank and empty rows, footers. */
class CsvFileTest {

    private static final Mapping OWN = Mapping.preset("kpi").withPipeline(Pipeline.of("lead"));

    private static Loaded activities(Mapping mapping, String csv) {
        return load(mapping, csv, null, null);
    }

    private static List<String> rows(String csv) {
        List<String> rows = new ArrayList<>();
        CsvFile.read(Loads.text("a.csv", csv), (char) 0, StandardCharsets.UTF_8, new CsvFile.Sink() {
            @Override
            public void header(Row header) {
                rows.add(header.line() + ":" + header.text(0));
            }

            @Override
            public void row(Row row) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < row.count(); i++) {
                    fields.add(row.text(i));
                }
                rows.add(row.line() + ":" + String.join("|", fields));
            }
        });
        return rows;
    }

    @Test
    void read_quotedFields_keepDelimitersQuotesAndLineBreaks() {
        assertThat(rows("rep,type,note\r\n\"Smith, Jones\",call,\"said \"\"hi\"\"\nthen left\"\r\nann,call,\n"))
                .containsExactly("1:rep", "2:Smith, Jones|call|said \"hi\"\nthen left", "4:ann|call|");
    }

    @Test
    void read_blankLines_skippedButCounted() {
        assertThat(rows("\n\nrep,type\n\nann,call\n")).containsExactly("3:rep", "5:ann|call");
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "\t", "|"})
    void read_delimiterOfTheHeader_detectedOrGiven(String delimiter) {
        String csv = String.join(delimiter, "rep", "type", "date") + "\n"
                + String.join(delimiter, "\"ann, jr\"", "cold_call", "2026-03-02") + "\n";
        Mapping given = mapping(MappingTest.MINIMAL.replace("{'activities'", "{'delimiter': '"
                + (delimiter.equals("\t") ? "tab" : delimiter) + "', 'activities'").replace("'Owner', 'type': 'Type', "
                + "'date': 'Date'", "'rep', 'type': 'type', 'date': 'date'")).withPipeline(Pipeline.of("lead"));

        if (!delimiter.equals("|")) {
            assertThat(activities(OWN, csv).log().repIds()).containsExactly("ann, jr");
        }
        assertThat(activities(given, csv).log().repIds()).containsExactly("ann, jr");
    }

    @Test
    void read_byteOrderMarkAndSpreadsheetRows_ignored() {
        Loaded loaded = activities(OWN, "\uFEFFType; REP ;date\r\n;;\r\ncold_call;ann;2026-03-02\r\n;;\r\n ; ; \r\n");

        assertThat(loaded.log().activityCount()).isOne();
    }

    @Test
    void read_utf16WithByteOrderMark_read() {
        byte[] bytes = "\uFEFFrep\ttype\tdate\nAnn Ødegård\tcold_call\t2026-03-02\n".getBytes(StandardCharsets.UTF_16LE);
        Loaded loaded = CrmLoader.with(OWN).activities(Input.of("a.csv", bytes)).load();

        assertThat(loaded.log().repIds()).containsExactly("Ann Ødegård");
    }

    @Test
    void read_encodingOfTheMapping_read() {
        Mapping latin = mapping(MappingTest.MINIMAL.replace("{'activities'", "{'encoding': 'windows-1252', "
                + "'activities'")).withPipeline(Pipeline.of("lead"));
        Loaded loaded = CrmLoader.with(latin).activities(Loads.text("a.csv",
                "Owner,Type,Date\nRenée,cold_call,2026-03-02\n", Charset.forName("windows-1252"))).load();

        assertThat(loaded.log().repIds()).containsExactly("Renée");
    }

    @Test
    void read_notUtf8_refusedNamingTheFile() {
        byte[] bytes = "rep,type,date\nann,cold_call,2026-03-02\nRen\u00e9e,cold_call,2026-03-02\n"
                .getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> CrmLoader.with(OWN).activities(Input.of("a.csv", bytes)).load())
                .isInstanceOf(CrmException.class).hasMessage("a.csv: not UTF-8 text");
    }

    @Test
    void read_unclosedQuote_refusedNamingTheLine() {
        assertThatThrownBy(() -> activities(OWN, "rep,type,date\nann,cold_call,2026-03-02\n\"bob,call\nx,y\n"))
                .isInstanceOf(CrmException.class).hasMessage("a.csv:3: a quoted field is not closed");
    }

    @Test
    void read_mappedColumnTwice_refused() {
        assertThatThrownBy(() -> activities(OWN, "rep,type,Rep,date\n"))
                .hasMessage("a.csv:1: column 'Rep' appears twice");
    }

    @Test
    void read_otherColumnTwice_ignored() {
        assertThat(activities(OWN, "rep,type,date,note,Note\nann,demo,2026-03-02,a,b\n").log().activityCount())
                .isOne();
    }

    @Test
    void read_missingCrmColumn_namesItAndItsField() {
        assertThatThrownBy(() -> load(Mapping.preset("salesforce"), "\"Assigned\",\"Date\"\n", null, null))
                .hasMessage("a.csv:1: missing column 'Subject' for type (expected Assigned,Subject,Date)");
    }

    @Test
    void read_reportFooter_ignoredWhenTheMappingSaysSo() {
        String csv = "\"Assigned\",\"Subject\",\"Date\"\n\"Ann\",\"Call\",\"3/2/2026\"\n\n"
                + "\"Northwind - Tasks\"\n\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\n"
                + "\"Confidential Information - Do Not Distribute\"\n\"Generated By:  Ann  3/4/2026 9:12 AM\"\n";

        Loaded loaded = load(Mapping.preset("salesforce"), csv, null, null);

        assertThat(figure(loaded, Kpis.activityCount(ActivityType.COLD_CALL), "Ann")).isEqualTo("1");
        assertThat(badRows(OWN, "rep,type,date\nann,demo,2026-03-02\n\"Copyright\"\n", null, null))
                .containsExactly("a.csv:3: the row has 1 fields, the header 3");
    }

    @Test
    void read_rowAfterTheFooter_bad() {
        String csv = "\"Assigned\",\"Subject\",\"Date\"\n\"Ann\",\"Call\",\"3/2/2026\"\n\n\"Copyright\"\n"
                + "\"Ann\",\"Call\",\"3/3/2026\"\n";

        assertThat(badRows(Mapping.preset("salesforce"), csv, null, null))
                .containsExactly("a.csv:5: a row after the report's footer, which starts at line 4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", "\t \t", "\u00a0\u00a0", "\u3000", "\u2007\u202f", "\u200b", " , , "})
    void read_lineOfSpaces_skippedAsBlankAboveAndBelowTheHeader(String spaces) {
        Loaded loaded = activities(OWN, spaces + "\nrep,type,date\n" + spaces + "\nann,cold_call,2026-03-02\n"
                + spaces + "\n");

        assertThat(loaded.log().activityCount()).isOne();
        assertThat(rows(spaces + "\nrep,type\nann,call\n")).containsExactly("2:rep", "3:ann|call");
    }

    @Test
    void detect_tabsAboveTheHeader_sayNothingOfTheDelimiter() {
        assertThat(CsvFile.detect("\t\t\n  \nrep;type;date\n")).isEqualTo(';');
        assertThat(CsvFile.detect("\u00a0\t\r\nrep,type\tx,date\n")).isEqualTo(',');
    }

    @Test
    void read_cellsWithUnicodeSpacesAround_stripped() {
        Loaded loaded = activities(OWN, "rep,type,date\n\u00a0ann\u3000,\u202fcold_call,2026-03-02\u200b\n");

        assertThat(loaded.log().repIds()).containsExactly("ann");
    }
}
