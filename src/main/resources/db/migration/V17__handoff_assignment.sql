-- human_handoff: the language a ticket is written in (detected when it is read), the person it is handed to (chosen by
-- rules/handoff.drl among the tenant's people), and the languages each person reads, which the rules may route by.
ALTER TABLE ticket ADD COLUMN language VARCHAR(16);
ALTER TABLE ticket ADD COLUMN assignee VARCHAR(100);
ALTER TABLE app_user ADD COLUMN languages VARCHAR(200);

-- a person's queue, and how many open tickets each person holds when the next one is handed over
CREATE INDEX ix_ticket_assignee ON ticket (tenant_id, assignee, status);
