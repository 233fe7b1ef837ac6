package io.commerceresolver.intent.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import io.commerceresolver.intent.LanguageDetector;
import io.commerceresolver.intent.TicketLanguage;

/**
 * Optimaize's n-gram detector over the languages a store's tickets come in most: its built-in profiles of the
 * languages of Europe and the larger ones of Asia and the Americas (about 3 MB of profiles, read when the first
 * ticket is). Its likeliest language counts when it is at least {@value #LEAST_PROBABILITY} likely and the text has
 * {@value #LEAST_LETTERS} letters or more; otherwise the ticket is "und". Short tickets are mostly order numbers and
 * shop words ("Refund $250 for order 1002" reads as Danish to the profiles), and a wrong language would send a
 * ticket to the wrong person, where "und" only leaves the choice open. The detector samples n-grams at random: a
 * fixed seed makes the same text read the same way on every instance and every replay.
 */
class OptimaizeLanguageDetector implements LanguageDetector {

    static final double LEAST_PROBABILITY = 0.95;
    static final int LEAST_LETTERS = 20;
    private static final long SEED = 20_161_007L;

    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "no", "fi", "pl",
            "cs", "ro", "hu", "el", "tr", "ru", "uk", "ar", "he", "fa", "ur", "hi", "bn", "ta", "te", "mr", "gu", "kn", "ml", "pa", "ne",
            "zh-CN", "zh-TW", "ja", "ko", "vi", "th", "id", "ms", "tl", "sw");

    private volatile com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    @Override
    public String languageOf(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).limit(LEAST_LETTERS).count() < LEAST_LETTERS) {
            return TicketLanguage.UNDETERMINED;
        }
        List<DetectedLanguage> likely = detector().getProbabilities(texts.forText(text));
        return likely.isEmpty() || likely.get(0).getProbability() < LEAST_PROBABILITY ? TicketLanguage.UNDETERMINED
                : likely.get(0).getLocale().getLanguage();
    }

    private com.optimaize.langdetect.LanguageDetector detector() {
        com.optimaize.langdetect.LanguageDetector loaded = detector;
        if (loaded == null) {
            synchronized (this) {
                loaded = detector;
                if (loaded == null) {
                    loaded = load();
                    detector = loaded;
                }
            }
        }
        return loaded;
    }

    private static com.optimaize.langdetect.LanguageDetector load() {
        try {
            return LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .seed(SEED)
                    .withProfiles(new LanguageProfileReader().readBuiltIn(LANGUAGES.stream().map(LdLocale::fromString).toList()))
                    .build();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the language profiles in the detector's jar could not be read", unreadable);
        }
    }
}
