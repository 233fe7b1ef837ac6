-- the approval inbox is read oldest first, a page at a time after the approval that ended the previous page
CREATE INDEX ix_approval_inbox ON approval (tenant_id, outcome, requested_at, id);
DROP INDEX ix_approval_outcome;
