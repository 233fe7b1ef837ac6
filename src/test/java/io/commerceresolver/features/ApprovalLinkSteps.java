package io.commerceresolver.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.approval.Approval;
import io.commerceresolver.approval.LinkClaims;
import io.commerceresolver.approval.LinkOutcome;
import io.commerceresolver.approval.LinkRefused;
import io.commerceresolver.approval.LinkTokens;
import io.commerceresolver.approval.LinkedDecisions;
import io.commerceresolver.notify.MailOutbox;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Approval links as the approver uses them: the token is the one in the mail the service queued for them. The link is
 * opened and used through {@link LinkedDecisions}, which the console's link page calls after sign-in; the Cucumber
 * context has no web server, and the page itself is tested over HTTP by ApprovalLinkIT.
 */
public class ApprovalLinkSteps {

    private static final Pattern LINK = Pattern.compile("/console/approvals/link\\?token=(\\S+)");

    @Autowired
    ChangesetSteps changeset;
    @Autowired
    MailOutbox mail;
    @Autowired
    LinkedDecisions links;
    @Autowired
    LinkTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    private String lastToken;
    private LinkRefused refused;

    @Then("{string} is mailed a link to decide it")
    public void mailedALink(String who) {
        assertThat(token(who)).isPresent();
    }

    @Then("{string} is mailed no link to decide it")
    public void mailedNoLink(String who) {
        assertThat(token(who)).isEmpty();
    }

    @When("{string} approves the changeset through the link mailed to them")
    public void approvesByLink(String who) {
        lastToken = token(who).orElseThrow(() -> new AssertionError(who + " was mailed no link"));
        String approvalId = changeset.approval().id();
        // the page shows the approval first; the form it shows then decides
        assertThat(changeset.asStore(() -> links.open(changeset.person(who), lastToken)).id()).isEqualTo(approvalId);
        Approval decided = changeset.asStore(() -> links.decide(changeset.person(who), lastToken, true, "Checked the new prices"));
        assertThat(decided.decidedBy()).isEqualTo("user:" + who);
    }

    /** The link as mailed, its expiry moved into the past and signed again with the service's own key. */
    @When("{string} uses the link mailed to them after it expired, to approve the changeset")
    public void usesExpiredLink(String who) {
        LinkClaims mailed = tokens.read(token(who).orElseThrow()).orElseThrow();
        String expired = tokens.sign(new LinkClaims(mailed.version(), mailed.tenantId(), mailed.approvalId(), mailed.addressedTo(),
                mailed.nonce(), Instant.now().minusSeconds(1), mailed.contentSha256()));
        refused = refusal(who, expired, true);
    }

    @When("{string} uses the same link again, to reject the changeset")
    public void usesLinkAgain(String who) {
        refused = refusal(who, lastToken, false);
    }

    @Then("the link is refused as {word}, saying {string}")
    public void linkRefused(String outcome, String saying) {
        assertThat(refused).as("the link was refused").isNotNull();
        assertThat(refused.outcome()).isEqualTo(LinkOutcome.valueOf(outcome.toUpperCase(Locale.ROOT)));
        assertThat(refused.getMessage()).contains(saying);
    }

    /** Attempts as "action outcome", comma-separated. */
    @Then("the attempts on the links were recorded as {string}")
    public void attemptsRecorded(String attempts) {
        String tenantId = changeset.tenantId();
        List<String> recorded = changeset.asStore(() -> jdbc.queryForList(
                "SELECT action || ' ' || outcome FROM approval_link_attempt WHERE tenant_id = ?", String.class, tenantId));
        assertThat(recorded).map(attempt -> attempt.toLowerCase(Locale.ROOT))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(attempts.split(",")).map(String::strip).toList());
    }

    private LinkRefused refusal(String who, String token, boolean approve) {
        return catchThrowableOfType(
                () -> changeset.asStore(() -> links.decide(changeset.person(who), token, approve, "By link")), LinkRefused.class);
    }

    /** The token of the link in the mail the service queued for {@code who} about the changeset's approval. */
    private Optional<String> token(String who) {
        String approvalId = changeset.approval().id();
        return changeset.asStore(() -> mail.findByTenant(changeset.tenantId())).stream()
                .filter(sent -> sent.toAddress().equals(who) && sent.body().contains("(approval " + approvalId + ")"))
                .map(sent -> LINK.matcher(sent.body())).filter(Matcher::find)
                .map(link -> URLDecoder.decode(link.group(1), StandardCharsets.UTF_8)).findFirst();
    }
}
