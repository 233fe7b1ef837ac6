package io.commerceresolver.receipt;

import java.util.List;

/** What re-checking one receipt found: every problem, in the order checked; {@code signed} when a signature verified. */
public record ReceiptVerification(String id, long seq, boolean ok, boolean signed, List<String> problems) {
}
