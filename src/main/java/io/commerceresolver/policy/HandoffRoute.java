package io.commerceresolver.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom the rules hand a ticket to: a named person of the tenant, or a team (a role, such as "agent") of whom the one
 * holding the fewest open tickets takes it; and a language the person should read. The first rule to name a person
 * or a team decides (rules/handoff.drl keeps them in one activation group, the most specific with the highest
 * salience); a later one is kept among the reasons only.
 */
public class HandoffRoute {

    private String person;
    private String team;
    private String language;
    private final List<String> reasons = new ArrayList<>();

    public void assignToPerson(String username, String reason) {
        if (person == null && team == null) {
            person = username;
        }
        reasons.add(reason);
    }

    public void assignToTeam(String role, String reason) {
        if (person == null && team == null) {
            team = role;
        }
        reasons.add(reason);
    }

    /** The person should read {@code language}; where nobody of the team does, any member takes it. */
    public void preferReaderOf(String language, String reason) {
        if (this.language == null) {
            this.language = language;
        }
        reasons.add(reason);
    }

    public String getPerson() {
        return person;
    }

    public String getTeam() {
        return team;
    }

    public String getLanguage() {
        return language;
    }

    public List<String> getReasons() {
        return List.copyOf(reasons);
    }
}
