package io.github.kpiengine.review;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The words of the advice: a resource bundle keyed by rule id, English unless another locale or
 * bundle is given.
 *
 * <pre>{@code
 * AdviceTexts.of(Locale.GERMAN);                                   // the bundled German texts
 * AdviceTexts.defaults().with(ResourceBundle.getBundle("com.example.advice", locale)); // an app's own
 * }</pre>
 *
 * <p>The bundled texts are {@value #BUNDLE} (a properties file in this module's package, English at
 * its root, German beside it), loaded with {@link ResourceBundle#getBundle(String, Locale)}. A text
 * is a {@link MessageFormat} pattern whose arguments are the figure's label {@code {0}}, its value
 * {@code {1}} (a fraction for shares and gaps, so {@code {1,number,percent}} reads 58%), the
 * threshold {@code {2}} and the sample {@code {3}}. An app's bundle is looked up first and the
 * bundled texts after it, so it may replace some texts and add its own rules' texts. A rule with no
 * text anywhere reads {@code "<label>: <value>"}. Immutable and thread-safe.
 */
public final class AdviceTexts {

    /** The base name of the bundled texts. */
    public static final String BUNDLE = "io.github.kpiengine.review.advice";

    /** The text of a rule no bundle has a text for: its figure's label and value. */
    static final String FALLBACK = "{0}: {1}";

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private AdviceTexts(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = List.copyOf(bundles);
    }

    /**
     * Returns the bundled English texts.
     *
     * @return the texts
     */
    public static AdviceTexts defaults() {
        return of(Locale.ENGLISH);
    }

    /**
     * Returns the bundled texts of a locale, by the JDK's lookup (language and country, language,
     * the default locale, then English at the root).
     *
     * @param locale the locale
     * @return the texts
     */
    public static AdviceTexts of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new AdviceTexts(locale, List.of(ResourceBundle.getBundle(BUNDLE, locale)));
    }

    /**
     * Returns an app's texts, with the bundled English texts behind them for any key they lack.
     *
     * @param bundle the app's bundle, keyed by rule id
     * @return the texts, formatting numbers in the bundle's locale (English when it has none)
     */
    public static AdviceTexts of(ResourceBundle bundle) {
        return defaults().with(bundle);
    }

    /**
     * Returns these texts with an app's bundle looked up first.
     *
     * @param bundle the app's bundle, keyed by rule id
     * @return the texts, formatting numbers in the bundle's locale (this one's when it has none)
     */
    public AdviceTexts with(ResourceBundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        List<ResourceBundle> all = new ArrayList<>();
        all.add(bundle);
        all.addAll(bundles);
        Locale own = bundle.getLocale();
        return new AdviceTexts(own == null || own.equals(Locale.ROOT) ? locale : own, all);
    }

    /**
     * Returns the locale numbers are formatted in.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the pattern of a rule's text.
     *
     * @param ruleId the rule's id
     * @return the pattern, or empty when no bundle holds one
     */
    public Optional<String> pattern(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(ruleId)) {
                return Optional.of(bundle.getString(ruleId));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a rule's text for a figure.
     *
     * @param ruleId the rule's id
     * @param label the figure, in words
     * @param value its value
     * @param threshold the threshold
     * @param sample the sample
     * @return the text
     */
    public String text(String ruleId, String label, BigDecimal value, BigDecimal threshold, long sample) {
        String pattern = pattern(ruleId).orElse(FALLBACK);
        return new MessageFormat(pattern, locale).format(new Object[] {label, value, threshold, sample});
    }
}
