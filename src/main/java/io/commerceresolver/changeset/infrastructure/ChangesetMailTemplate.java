package io.commerceresolver.changeset.infrastructure;

import io.commerceresolver.changeset.ChangesetNotices;
import io.commerceresolver.notify.infrastructure.StaffMailTemplate;

/** The changeset's summary mail from classpath:messages/changeset_summary.en.mustache. */
class ChangesetMailTemplate implements ChangesetNotices.Messages {

    private final StaffMailTemplate template = new StaffMailTemplate("/messages/changeset_summary.en.mustache");

    @Override
    public ChangesetNotices.Mail render(ChangesetNotices.Summary summary) {
        StaffMailTemplate.Rendered mail = template.render(summary);
        return new ChangesetNotices.Mail(mail.subject(), mail.body());
    }
}
