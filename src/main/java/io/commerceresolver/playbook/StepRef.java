package io.commerceresolver.playbook;

/** The waiting step a tool call will complete: the process instance and the work item that waits for it. */
public record StepRef(String processId, String processInstanceId, String workItemId) {
}
