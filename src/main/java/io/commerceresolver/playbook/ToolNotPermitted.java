package io.commerceresolver.playbook;

/** A step tried a tool its run's plan does not list, or a write the run's decision does not allow. */
public class ToolNotPermitted extends RuntimeException {

    public ToolNotPermitted(String message) {
        super(message);
    }
}
