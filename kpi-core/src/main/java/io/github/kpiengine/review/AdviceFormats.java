package io.github.kpiengine.review;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * The advice texts of one review, each pattern parsed once. Not thread-safe: a review is made by one
 * thread ({@link MessageFormat} is not safe to share).
 */
final class AdviceFormats {

    private final AdviceTexts texts;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    AdviceFormats(AdviceTexts texts) {
        this.texts = texts;
    }

    String text(String ruleId, String label, BigDecimal value, BigDecimal threshold, long sample) {
        MessageFormat format = formats.computeIfAbsent(ruleId,
                id -> new MessageFormat(texts.pattern(id).orElse(AdviceTexts.FALLBACK), texts.locale()));
        return format.format(new Object[] {label, value, threshold, sample});
    }
}
