package io.github.kpiengine.examples.readme;

import io.github.kpiengine.Money;
import io.github.kpiengine.Period;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The README's first snippet: a revenue target worked back to weekly new opportunities. */
public final class ReverseFunnel {

    private ReverseFunnel() {
    }

    /**
     * Runs the snippet.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README begin
        Money target = Money.parse("EUR 1200000");
        Money dealSize = Money.parse("EUR 30000");
        long wonDeals = target.amount().divide(dealSize.amount(), 0, RoundingMode.CEILING).longValueExact();
        long proposals = Ratio.parse("50%").requiredFor(wonDeals);        // close ratio
        long appointments = Ratio.parse("65%").requiredFor(proposals);    // appointment -> proposal
        BigDecimal weeks = WorkCalendar.standard().sellingWeeks(Period.ofYear(2026));
        long magicNumber = BigDecimal.valueOf(appointments).divide(weeks, 0, RoundingMode.CEILING)
                .longValueExact();
        System.out.println(wonDeals + " deals, " + proposals + " proposals, " + appointments
                + " first appointments: " + magicNumber + " new opportunities a week");
        // prints: 40 deals, 80 proposals, 124 first appointments: 3 new opportunities a week
        // README end
    }
}
