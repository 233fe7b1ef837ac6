package io.commerceresolver.security.web;

/**
 * Which roles each kind of request accepts, as the expressions the endpoints' {@code @PreAuthorize} name. One
 * place to read the whole access model; {@code EndpointRoleMatrixIT} asserts it endpoint by endpoint.
 *
 * <p>{@code admin} may do what an analyst and an agent may, but never decides an approval: moving money takes an
 * approver's own key or sign-in. A channel's {@code intake} key only hands tickets in and follows them.
 */
public final class Access {

    private static final String READER = "'viewer','agent','approver','senior_approver','analyst','operations','admin'";

    /** Reading the tenant's tickets, decisions, orders, approvals, rule sets, thresholds and usage. */
    public static final String READ = "hasAnyRole(" + READER + ")";
    /** A ticket's status: readers, and the channel that handed it in. */
    public static final String READ_TICKET = "hasAnyRole(" + READER + ",'intake')";
    public static final String SUBMIT_TICKET = "hasAnyRole('intake','agent','admin')";
    /** Those a handed-over ticket may be given to (rules/handoff.drl): they close it when they have dealt with it. */
    public static final String WORK_TICKET = "hasAnyRole('agent','approver','senior_approver','admin')";
    public static final String EVALUATE = "hasAnyRole('agent','analyst','admin')";
    /** Which tier a principal may decide is checked against the approval itself (ApprovalInbox). */
    public static final String DECIDE_APPROVAL = "hasAnyRole('approver','senior_approver')";
    public static final String EDIT_POLICY = "hasAnyRole('analyst','admin')";
    public static final String ADMINISTER = "hasRole('admin')";
    /** Steering a run that is stuck: retry a failed step, cancel it, hand its waiting approval to another person. */
    public static final String OPERATE_RUNS = "hasAnyRole('operations','admin')";

    /** Asking for a changeset of catalogue operations (issue 14) and confirming it. */
    public static final String REQUEST_CHANGES = "hasAnyRole('merchandiser','agent','admin')";
    /** A changeset with its operations: readers, and the merchandisers who ask for them. */
    public static final String READ_CHANGES = "hasAnyRole(" + READER + ",'merchandiser')";
    /** Receipts and their checks: readers, and the merchandisers whose changesets they seal (no customer's data is in them). */
    public static final String READ_RECEIPTS = READ_CHANGES;

    /** One's own session history (issue 14): anyone signed in, for themselves only; the endpoint takes no one else's name. */
    public static final String OWN_HISTORY = "hasAnyRole(" + READER + ",'merchandiser','intake')";
    /** When escalations for stress or fatigue cluster, summed over people: those who tune the policy and run the desk. */
    public static final String READ_ESCALATIONS = "hasAnyRole('analyst','operations','admin')";

    private Access() {
    }
}
