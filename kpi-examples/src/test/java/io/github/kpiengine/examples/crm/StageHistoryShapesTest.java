package io.github.kpiengine.examples.crm;

import static io.github.kpiengine.examples.crm.Loads.badRows;
import static io.github.kpiengine.examples.crm.Loads.figure;
import static io.github.kpiengine.examples.crm.Loads.load;
import static io.github.kpiengine.examples.crm.Loads.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Pipeline;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import org.junit.jupiter.api.Test;

/** The stage history in rows of its own file and in one column per stage. */
class StageHistoryShapesTest {

    private static final String PIPELINE = "'pipeline': {'stages': ['Prospecting', 'Qualification', "
            + "'Proposal/Price Quote'], 'won': 'Closed Won', 'lost': 'Closed Lost'}, ";
    private static final String ACTIVITIES = "'activities': {'columns': {'rep': 'Rep', 'type': 'Type', 'date': "
            + "'Date'}}, ";

    private static final Mapping ROWS = mapping("{" + PIPELINE + ACTIVITIES + "'opportunities': {'columns': {'id': "
            + "'Opportunity ID', 'owner': 'Owner', 'account': 'Account', 'amount': 'Amount', 'stage': 'Stage', "
            + "'created': 'Created', 'close': 'Close Date'}, 'amounts': {'currency': 'USD'}, 'history': 'rows', "
            + "'closeDateWhileOpen': 'ignore'}, 'stageHistory': {'columns': {'opportunity': 'Opportunity ID', "
            + "'fromStage': 'From Stage', 'stage': 'To Stage', 'date': 'Last Modified'}, 'dates': "
            + "'M/d/yyyy h:mm a'}}");

    private static final String DEALS = "Opportunity ID,Owner,Account,Amount,Stage,Created,Close Date\n"
            + "o-1,ann,acme,1000,Closed Won,2026-03-02,2026-03-30\n"
            + "o-2,ann,beta,1000,Qualification,2026-03-03,2026-04-30\n";

    private Pipeline pipeline() {
        return ROWS.pipeline().orElseThrow();
    }

    @Test
    void rows_newestFirstWithRepeats_readInDateOrderOnce() {
        String history = "Opportunity ID,From Stage,To Stage,Last Modified\n"
                + "o-1,Proposal/Price Quote,Closed Won,3/30/2026 4:00 PM\n"
                + "o-1,Proposal/Price Quote,Proposal/Price Quote,3/20/2026 9:00 AM\n"
                + "o-1,Qualification,Proposal/Price Quote,3/10/2026 11:15 AM\n"
                + "o-2,,Qualification,3/3/2026 9:00 AM\n"
                + "o-1,,Prospecting,3/2/2026 9:00 AM\n"
                + "o-1,Prospecting,Qualification,3/2/2026 9:30 AM\n";

        Loaded loaded = load(ROWS, null, DEALS, history);

        assertThat(figure(loaded, Kpis.salesCycleDays(Statistic.MEAN, pipeline(), "proposal_price_quote"), "ann"))
                .isEqualTo("20");
        assertThat(figure(loaded, Kpis.salesCycleDays(Statistic.MEAN, pipeline(), "qualification"), "ann"))
                .isEqualTo("28");
        assertThat(figure(loaded, Kpis.stageConversion(pipeline(), "qualification", "proposal_price_quote"), "ann"))
                .isEqualTo("0.5");
        assertThat(figure(loaded, Kpis.winRate(), "ann")).isEqualTo("1");
    }

    @Test
    void rows_noHistory_openDealEnteredItsStageWhenCreated() {
        Loaded loaded = load(ROWS, null, DEALS, "Opportunity ID,From Stage,To Stage,Last Modified\n"
                + "o-1,,Proposal/Price Quote,3/10/2026 11:15 AM\n");

        assertThat(loaded.log().opportunityCount()).isEqualTo(2);
        assertThat(figure(loaded, Kpis.stageConversion(pipeline(), "qualification", "proposal_price_quote"), "ann"))
                .isEqualTo("0");
    }

    @Test
    void rows_mistakes_badRowsOfTheHistoryFile() {
        String history = "Opportunity ID,From Stage,To Stage,Last Modified\n"
                + "o-1,,Prospecting,3/2/2026 9:00 AM\n"
                + "o-1,Prospecting,Demo,3/3/2026 9:00 AM\n"
                + "o-1,Limbo,Qualification,3/3/2026 9:00 AM\n"
                + "o-1,Prospecting,Qualification,2026-03-04\n"
                + ",Prospecting,Qualification,3/4/2026 9:00 AM\n"
                + "o-9,,Prospecting,3/2/2026 9:00 AM\n";

        assertThat(badRows(ROWS, null, DEALS, history)).containsExactly(
                "h.csv:3: unknown stage 'Demo' in column 'To Stage' (stage) (expected one of Prospecting, "
                        + "Qualification, Proposal/Price Quote, or a won or lost label)",
                "h.csv:4: unknown stage 'Limbo' in column 'From Stage' (fromStage) (expected one of Prospecting, "
                        + "Qualification, Proposal/Price Quote, or a won or lost label)",
                "h.csv:5: bad date '2026-03-04' in column 'Last Modified' (date) (expected M/d/yyyy h:mm a)",
                "h.csv:6: column 'Opportunity ID' (opportunity) is empty",
                "h.csv:7: opportunity 'o-9' in column 'Opportunity ID' (opportunity) of the stage history is in no "
                        + "opportunities file");
    }

    private static final Mapping COLUMNS = mapping("{" + PIPELINE + ACTIVITIES + "'opportunities': {'columns': {'id': "
            + "'Record ID', 'owner': 'Deal owner', 'account': 'Company', 'amount': 'Amount', 'currency': "
            + "'Deal currency code', 'stage': 'Deal Stage', 'close': 'Close Date'}, 'dates': {'pattern': "
            + "'yyyy-MM-dd HH:mm', 'timesIn': 'UTC', 'daysIn': 'America/New_York'}, 'history': 'columns', "
            + "'historyColumn': 'Date entered \\\"{label} (Sales Pipeline)\\\"'}}");

    @Test
    void columns_oneColumnPerStage_readInDateOrder() {
        String deals = "Record ID,Deal owner,Company,Amount,Deal currency code,Deal Stage,Close Date,"
                + "\"Date entered \"\"Prospecting (Sales Pipeline)\"\"\",\"Date entered \"\"Qualification (Sales "
                + "Pipeline)\"\"\",\"Date entered \"\"Proposal/Price Quote (Sales Pipeline)\"\"\",\"Date entered "
                + "\"\"Closed Won (Sales Pipeline)\"\"\"\n"
                // Entered at 02:00 UTC on 3 March: still 2 March in New York.
                + "1,ann,acme,1000,USD,Closed Won,2026-03-30 16:00,2026-03-03 02:00,,2026-03-10 15:00,2026-03-30 16:00\n"
                + "2,ann,beta,1000,USD,Qualification,,2026-03-04 15:00,2026-03-05 15:00,,\n";

        Loaded loaded = load(COLUMNS, null, deals, null);

        assertThat(figure(loaded, Kpis.salesCycleDays(Statistic.MEAN, pipeline(), "prospecting"), "ann"))
                .isEqualTo("28");
        assertThat(figure(loaded, Kpis.stageConversion(pipeline(), "prospecting", "qualification"), "ann"))
                .isEqualTo("1");
        assertThat(figure(loaded, Kpis.stageConversion(pipeline(), "prospecting", "proposal_price_quote"), "ann"))
                .isEqualTo("0.5");
        assertThat(figure(loaded, Kpis.stageConversion(pipeline(), "qualification", "proposal_price_quote"), "ann"))
                .isEqualTo("0");
    }

    @Test
    void columns_badDay_namesTheStagesColumn() {
        String deals = "Record ID,Deal owner,Company,Amount,Deal currency code,Deal Stage,Close Date,"
                + "\"Date entered \"\"Prospecting (Sales Pipeline)\"\"\"\n"
                + "1,ann,acme,1000,USD,Prospecting,,yesterday\n";

        assertThat(badRows(COLUMNS, null, deals, null)).containsExactly("o.csv:2: bad date 'yesterday' in column "
                + "'Date entered \"Prospecting (Sales Pipeline)\"' (history) (expected yyyy-MM-dd HH:mm)");
    }
}
