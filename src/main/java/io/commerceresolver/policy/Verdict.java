package io.commerceresolver.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules have concluded so far. Rules only ever push a verdict in the safe direction: a tier only rises,
 * a denial is final, an insisted approval cannot be waived. The combination is fixed here so that the order in
 * which rules fire never changes the outcome.
 */
public class Verdict {

    private String playbook;
    private int tier;
    private boolean denied;
    private boolean approvalRequested;
    private boolean approvalInsisted;
    private boolean autoApproved;
    private String approverRole;
    private final List<String> reasons = new ArrayList<>();

    public void selectPlaybook(String playbook, String reason) {
        this.playbook = playbook;
        reasons.add(reason);
    }

    public void atLeastTier(int tier, String reason) {
        if (tier > this.tier) {
            this.tier = tier;
        }
        reasons.add(reason);
    }

    /** Approval is needed unless another rule auto-approves. */
    public void requestApproval(String role, String reason) {
        approvalRequested = true;
        approverRole = role;
        reasons.add(reason);
    }

    /** Approval is needed whatever other rules say. */
    public void insistOnApproval(String role, String reason) {
        approvalInsisted = true;
        approverRole = role;
        reasons.add(reason);
    }

    public void autoApprove(String reason) {
        autoApproved = true;
        reasons.add(reason);
    }

    public void deny(String reason) {
        denied = true;
        reasons.add(reason);
    }

    public String getPlaybook() {
        return playbook;
    }

    public int getTier() {
        return tier;
    }

    public boolean isAllowed() {
        return !denied;
    }

    public boolean isApprovalRequired() {
        return !denied && (approvalInsisted || (approvalRequested && !autoApproved));
    }

    public String getApproverRole() {
        return isApprovalRequired() ? approverRole : null;
    }

    public List<String> getReasons() {
        return List.copyOf(reasons);
    }
}
