package io.commerceresolver.intent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a ticket is written in, as the handoff rules route by it (rules/handoff.drl): an ISO 639-1 code, or
 * "und". Hindi is told apart first, written either way: in Devanagari, or in Latin letters as Hinglish, which no
 * statistical profile knows (it reads as Indonesian or English to them); then a language detector takes the rest.
 * It reads the ticket only to tell its language, never what it asks for.
 */
public class TicketLanguage {

    public static final String UNDETERMINED = "und";
    public static final String HINDI = "hi";

    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");
    /** Hindi function words that English does not have, as Hinglish spells them. */
    private static final Pattern HINGLISH = Pattern.compile("\\b(?:hai|hain|nahi|nahin|kya|kyun|kyon|mera|meri|mere|mujhe|humko|hume|"
            + "karo|kijiye|dijiye|wapas|abhi|kab|kaise|kahan|bhai|bhaiya|aur|lekin|tha|thi|hoga|wala|wali|paise|jaldi|bahut|"
            + "accha|acha|theek|haan|gaya|gayi|raha|rahi|chahiye)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Hinglish words a ticket must have before it is read as Hindi: short words that Hindi shares with other
     * languages ("par", "se", "ko") are not counted at all, and one or two of these may be a name or a loan word.
     */
    private static final int HINGLISH_WORDS = 3;

    private final LanguageDetector detector;

    public TicketLanguage(LanguageDetector detector) {
        this.detector = detector;
    }

    public String of(TicketText ticket) {
        String text = ticket.whole();
        if (DEVANAGARI.matcher(text).find() || hinglishWords(text) >= HINGLISH_WORDS) {
            return HINDI;
        }
        return detector.languageOf(text);
    }

    private static int hinglishWords(String text) {
        Matcher words = HINGLISH.matcher(text);
        int found = 0;
        while (words.find() && found < HINGLISH_WORDS) {
            found++;
        }
        return found;
    }
}
