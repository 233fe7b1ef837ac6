package io.commerceresolver.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules have concluded so far. Rules only ever push a verdict in the safe direction: a tier only rises,
 * a denial is final, an approval a rule insists on cannot be waived. The combination is fixed here so that the
 * order in which rules fire never changes the outcome; which rule pushes what, and when, is the rules' business.
 */
public class Verdict {

    private String playbook;
    private int tier;
    private boolean denied;
    private String approverRole;
    private boolean approvalInsisted;
    private boolean autoApproved;
    private final List<String> reasons = new ArrayList<>();

    public void selectPlaybook(String playbook, String reason) {
        this.playbook = playbook;
        reasons.add(reason);
    }

    /** Raises the tier to at least {@code tier}; never lowers it. */
    public void raiseTier(int tier, String reason) {
        setTier(tier);
        reasons.add(reason);
    }

    /**
     * Raises the tier to at least {@code tier}; never lowers it. Named as a setter because rules call it inside
     * {@code modify}, and the engine then knows that only the tier changed and wakes only the rules that read it.
     */
    public void setTier(int tier) {
        if (tier > this.tier) {
            this.tier = tier;
        }
    }

    /** Why the verdict is what it is; every rule that changes it says so. */
    public void because(String reason) {
        reasons.add(reason);
    }

    /** The operation needs approval by {@code role}, unless another rule approves it automatically. */
    public void requireApproval(String role, String reason) {
        this.approverRole = role;
        reasons.add(reason);
    }

    /** Whatever qualifies it for automatic approval, a person must approve. */
    public void insistOnApproval(String reason) {
        approvalInsisted = true;
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

    /** A reason that changes nothing by itself, so the explanation also says why something did not happen. */
    public void note(String reason) {
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
        return !denied && approverRole != null && (approvalInsisted || !autoApproved);
    }

    public String getApproverRole() {
        return isApprovalRequired() ? approverRole : null;
    }

    public List<String> getReasons() {
        return List.copyOf(reasons);
    }
}
