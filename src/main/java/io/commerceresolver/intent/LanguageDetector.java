package io.commerceresolver.intent;

/** Tells which language a text is written in, from the text alone. */
public interface LanguageDetector {

    /** The ISO 639-1 code of the text's language, or {@link TicketLanguage#UNDETERMINED} when it cannot be told. */
    String languageOf(String text);
}
