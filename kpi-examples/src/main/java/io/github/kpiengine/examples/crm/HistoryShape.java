package io.github.kpiengine.examples.crm;

import java.util.Locale;

/** The three shapes in which CRMs export an opportunity's stage history. */
enum HistoryShape {
    /** One cell of {@code stage@date} entries separated by {@code ;}: the tool's own layout. */
    CELL,
    /** One row per stage change in a file of its own, such as Salesforce's Opportunity History report. */
    ROWS,
    /** One column per stage holding the day it was entered, such as HubSpot's {@code Date entered "…"}. */
    COLUMNS;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
