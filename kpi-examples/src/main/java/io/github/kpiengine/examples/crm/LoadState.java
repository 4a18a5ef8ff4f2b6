package io.github.kpiengine.examples.crm;

import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.ActivityLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a load has gathered so far: the log, the bad rows (the first thousand kept) and the days spanned. */
final class LoadState {

    /** The most bad rows kept one by one; the rest are counted. */
    static final int KEPT_BAD_ROWS = 1_000;

    final ActivityLog log;
    private final List<BadRow> badRows = new ArrayList<>();
    private int badRowCount;
    private long firstDay = Long.MAX_VALUE;
    private long lastDay = Long.MIN_VALUE;

    LoadState(ActivityLog log) {
        this.log = log;
    }

    void bad(String file, int line, String reason) {
        if (badRows.size() < KEPT_BAD_ROWS) {
            badRows.add(new BadRow(file, line, reason));
        }
        badRowCount++;
    }

    void day(LocalDate day) {
        long epochDay = day.toEpochDay();
        if (epochDay < firstDay) {
            firstDay = epochDay;
        }
        if (epochDay > lastDay) {
            lastDay = epochDay;
        }
    }

    List<BadRow> badRows() {
        return badRows;
    }

    int badRowCount() {
        return badRowCount;
    }

    Optional<SalesPeriod> span() {
        return firstDay > lastDay ? Optional.empty()
                : Optional.of(SalesPeriod.of(LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(lastDay)));
    }
}
