package io.github.kpiengine.examples.crm;

import io.github.kpiengine.engine.ActivityLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** What a load has gathered so far: the log, the bad rows (the first thousand kept) and the days with data. */
final class LoadState {

    /** The most bad rows kept one by one; the rest are counted. */
    static final int KEPT_BAD_ROWS = 1_000;

    final ActivityLog log;
    /** The opportunities kept beside the log (see {@link CrmLoader#keepOpportunitiesOpenAfter}), or null. */
    final List<io.github.kpiengine.Opportunity> kept;
    private final java.util.Optional<LocalDate> keepOpenAfter;
    private final List<BadRow> badRows = new ArrayList<>();
    private int badRowCount;
    private final BitSet days = new BitSet();

    LoadState(ActivityLog log, boolean keep, java.util.Optional<LocalDate> keepOpenAfter) {
        this.log = log;
        this.kept = keep ? new ArrayList<>() : null;
        this.keepOpenAfter = keepOpenAfter;
    }

    /** Keeps an opportunity loaded into the log when it was still open on the day asked for. */
    void loaded(io.github.kpiengine.Opportunity opportunity) {
        if (kept != null && (opportunity.isOpen()
                || keepOpenAfter.map(day -> opportunity.closeDate().orElseThrow().isAfter(day)).orElse(false))) {
            kept.add(opportunity);
        }
    }

    void bad(String file, int line, String reason) {
        if (badRows.size() < KEPT_BAD_ROWS) {
            badRows.add(new BadRow(file, line, reason));
        }
        badRowCount++;
    }

    /** Records a day with data; the readers take days in the years 1 to 9999 only. */
    void day(LocalDate day) {
        days.set(Math.toIntExact(day.toEpochDay() - DataDays.FIRST));
    }

    List<BadRow> badRows() {
        return badRows;
    }

    int badRowCount() {
        return badRowCount;
    }

    DataDays days() {
        return DataDays.of(days);
    }
}
