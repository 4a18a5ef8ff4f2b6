package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static final List<String> REP_TYPE = List.of("rep", "type");

    @Test
    void parse_quotedFields_keepCommasQuotesAndLineBreaks() {
        Csv csv = Csv.parse("a.csv", "rep,type,note\r\n\"Smith, Jones\",call,\"said \"\"hi\"\"\nthen left\"\r\nann,call,\n",
                REP_TYPE);

        assertThat(csv.rows()).hasSize(2);
        Csv.Row first = csv.rows().get(0);
        assertThat(csv.get(first, "rep")).isEqualTo("Smith, Jones");
        assertThat(csv.get(first, "note")).isEqualTo("said \"hi\"\nthen left");
        assertThat(csv.rows().get(1).line()).isEqualTo(4);
        assertThat(csv.get(csv.rows().get(1), "note")).isEmpty();
    }

    @Test
    void parse_headerCaseAndOrder_columnsFoundByName() {
        Csv csv = Csv.parse("a.csv", "\uFEFFType, REP \nfirst_appointment,ann\n\n", REP_TYPE);

        assertThat(csv.get(csv.rows().get(0), "rep")).isEqualTo("ann");
        assertThat(csv.get(csv.rows().get(0), "outcome")).isEmpty();
        assertThat(csv.rows()).hasSize(1);
    }

    @Test
    void parse_blankLines_skippedButCounted() {
        Csv csv = Csv.parse("a.csv", "rep,type\n\nann,call\n", REP_TYPE);

        assertThat(csv.rows()).singleElement().extracting(Csv.Row::line).isEqualTo(3);
    }

    @Test
    void parse_emptyFile_refusedNamingFile() {
        assertThatThrownBy(() -> Csv.parse("a.csv", "", REP_TYPE))
                .isInstanceOf(InputException.class)
                .hasMessage("a.csv: empty file, expected a header row with rep,type");
    }

    @Test
    void parse_missingColumn_refusedNamingColumn() {
        assertThatThrownBy(() -> Csv.parse("a.csv", "rep,date\nann,2026-01-01\n", REP_TYPE))
                .hasMessage("a.csv:1: missing column 'type' (expected rep,type)");
    }

    @Test
    void parse_columnTwice_refused() {
        assertThatThrownBy(() -> Csv.parse("a.csv", "rep,type,Rep\n", REP_TYPE))
                .hasMessage("a.csv:1: column 'rep' appears twice");
    }

    @Test
    void parse_unclosedQuote_refusedNamingLine() {
        assertThatThrownBy(() -> Csv.parse("a.csv", "rep,type\nann,call\n\"bob,call\nx,y\n", REP_TYPE))
                .hasMessage("a.csv:3: a quoted field is not closed");
    }
}
