package io.commerceresolver.console.workbench;

import java.time.Instant;

import io.commerceresolver.system.Conflict;

/**
 * A save, check or publication based on a revision of the candidate that someone has saved over since: refused, so
 * two analysts never overwrite each other unseen. Names the save that came in between.
 */
public class StaleCandidate extends Conflict {

    private final long seen;
    private final RuleDraft current;

    public StaleCandidate(long seen, RuleDraft current) {
        super("The candidate changed since revision " + seen + ": " + current.updatedBy() + " saved revision " + current.revision()
                + " at " + current.updatedAt() + ". Nothing was saved; reload it to see their changes.");
        this.seen = seen;
        this.current = current;
    }

    public long seen() {
        return seen;
    }

    public String savedBy() {
        return current.updatedBy();
    }

    public Instant savedAt() {
        return current.updatedAt();
    }

    public long revision() {
        return current.revision();
    }
}
