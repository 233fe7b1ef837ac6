package io.commerceresolver.intent;

import java.util.List;

/**
 * The reading of one ticket: an intent, what it names, how sure the reader is (0..1), which reader it was, and
 * notes on the reading (text that was ignored, a reader that failed and was replaced) for the ticket's story.
 */
public record ExtractedIntent(Intent intent, Entities entities, double confidence, String extractor, List<String> notes) {

    public ExtractedIntent {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public ExtractedIntent(Intent intent, Entities entities, double confidence, String extractor) {
        this(intent, entities, confidence, extractor, List.of());
    }

    public ExtractedIntent withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new ExtractedIntent(intent, entities, confidence, extractor, more);
    }
}
