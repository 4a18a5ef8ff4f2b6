package io.github.kpiengine.examples.cli;

import io.github.kpiengine.examples.crm.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts what a user typed into a one-line message: control characters escaped, a long value cut, so
 * that a refusal stays one readable line whatever the value.
 */
final class Shown {

    /** The most characters of a message line; longer lines lose their middle. */
    static final int LONGEST_LINE = 1_000;

    private static final Pattern QUOTED = Pattern.compile("'([^']{" + (Text.LONGEST + 1) + ",})'");

    private Shown() {
    }

    /**
     * Returns a message on one line and at most 1,000 characters long: a quoted value longer than 80
     * characters is cut (picocli's own messages quote values in full), then a line still too long
     * loses its middle.
     */
    static String line(String message) {
        String flat = Text.flat(message);
        Matcher quoted = QUOTED.matcher(flat);
        StringBuilder cut = new StringBuilder(Math.min(flat.length(), 4 * LONGEST_LINE));
        while (quoted.find()) {
            quoted.appendReplacement(cut, Matcher.quoteReplacement(Text.quote(quoted.group(1))));
        }
        quoted.appendTail(cut);
        flat = cut.toString();
        if (flat.length() <= LONGEST_LINE) {
            return flat;
        }
        int head = LONGEST_LINE * 2 / 3;
        int tail = LONGEST_LINE - head - 5;
        return flat.substring(0, head) + " ... " + flat.substring(flat.length() - tail);
    }
}
