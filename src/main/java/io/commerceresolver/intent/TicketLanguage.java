package io.commerceresolver.intent;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a ticket is written in, as the handoff rules route by it (rules/handoff.drl): an ISO 639-1 code, or
 * "und". Hindi is told apart first, written either way: in Devanagari, or in Latin letters as Hinglish, which no
 * statistical profile knows (it reads as Indonesian or English to them); then a language detector takes the rest.
 * English the detector cannot be sure of (a short ticket full of order numbers and shop words) is told by its
 * function words. It reads the ticket only to tell its language, never what it asks for.
 */
public class TicketLanguage {

    public static final String UNDETERMINED = "und";
    public static final String HINDI = "hi";
    public static final String ENGLISH = "en";

    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");
    private static final Set<String> DEVANAGARI_LANGUAGES = Set.of(HINDI, "mr", "ne");
    /** Hindi function words that English does not have, as Hinglish spells them. */
    private static final Pattern HINGLISH = Pattern.compile("\\b(?:hai|hain|nahi|nahin|kya|kyun|kyon|mera|meri|mere|mujhe|humko|hume|"
            + "karo|kijiye|dijiye|wapas|abhi|kab|kaise|kahan|bhai|bhaiya|aur|lekin|tha|thi|hoga|wala|wali|paise|jaldi|bahut|"
            + "accha|acha|theek|haan|gaya|gayi|raha|rahi|chahiye)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Hinglish words a ticket must have before it is read as Hindi: short words that Hindi shares with other
     * languages ("par", "se", "ko") are not counted at all, and one or two of these may be a name or a loan word.
     */
    private static final int HINGLISH_WORDS = 3;

    /** English words that carry no shop meaning, for a ticket too short or too full of shop words for the detector. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b(?:the|my|me|i|you|your|is|was|are|were|it|and|to|of|in|for|with|"
            + "please|where|what|when|why|have|has|had|not|this|that|but|can|could|would)\\b", Pattern.CASE_INSENSITIVE);
    private static final int ENGLISH_WORDS = 3;

    private final LanguageDetector detector;

    public TicketLanguage(LanguageDetector detector) {
        this.detector = detector;
    }

    public String of(TicketText ticket) {
        String text = ticket.whole();
        if (DEVANAGARI.matcher(text).find()) {
            // Hindi, Marathi and Nepali share the script: the detector tells them apart when it can
            String detected = detector.languageOf(text);
            return DEVANAGARI_LANGUAGES.contains(detected) ? detected : HINDI;
        }
        if (distinctWords(HINGLISH, text, HINGLISH_WORDS) >= HINGLISH_WORDS) {
            return HINDI;
        }
        String detected = detector.languageOf(text);
        if (UNDETERMINED.equals(detected) && distinctWords(ENGLISH_WORD, text, ENGLISH_WORDS) >= ENGLISH_WORDS) {
            return ENGLISH;
        }
        return detected;
    }

    /** How many different words of {@code words} the text has, counting up to {@code enough}. */
    private static int distinctWords(Pattern words, String text, int enough) {
        Matcher found = words.matcher(text);
        Set<String> seen = new HashSet<>();
        while (found.find() && seen.size() < enough) {
            seen.add(found.group().toLowerCase(Locale.ROOT));
        }
        return seen.size();
    }
}
