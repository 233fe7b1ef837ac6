package io.commerceresolver.intent;

/** The reading of one ticket: an intent, what it names, how sure the reader is (0..1), and which reader it was. */
public record ExtractedIntent(Intent intent, Entities entities, double confidence, String extractor) {
}
