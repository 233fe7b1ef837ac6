package io.commerceresolver.approval.infrastructure;

import io.commerceresolver.approval.ApprovalLinks;
import io.commerceresolver.notify.infrastructure.StaffMailTemplate;

/** The approval link's mail from classpath:messages/approval_link.en.mustache. */
class LinkMailTemplate implements ApprovalLinks.Messages {

    private final StaffMailTemplate template = new StaffMailTemplate("/messages/approval_link.en.mustache");

    @Override
    public ApprovalLinks.Mail render(ApprovalLinks.LinkMail model) {
        StaffMailTemplate.Rendered mail = template.render(model);
        return new ApprovalLinks.Mail(mail.subject(), mail.body());
    }
}
