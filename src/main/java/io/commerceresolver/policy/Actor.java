package io.commerceresolver.policy;

/** Who would perform the operation: a person, a seller agent or the resolver itself, and the role it acts in. */
public class Actor {

    private final String id;
    private final String role;

    public Actor(String id, String role) {
        this.id = id;
        this.role = role;
    }

    public String getId() {
        return id;
    }

    public String getRole() {
        return role;
    }
}
