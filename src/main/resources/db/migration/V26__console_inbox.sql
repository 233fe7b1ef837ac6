-- The console's inbox (issue 13): tickets listed newest first by status, found by order, customer or words; approvals
-- recently decided. Every list is read a page at a time through one of these indexes, whatever the table's size.

-- the order a ticket is about, as its reading found it (also inside entities), so that a search by order is one index
-- look-up; kept by recordIntent, and filled here for tickets read before it was kept (entities is the application's
-- JSON, written compactly with orderId first)
ALTER TABLE ticket ADD COLUMN order_id VARCHAR(100);
UPDATE ticket SET order_id = SUBSTRING(entities FROM 13 FOR POSITION('"' IN SUBSTRING(entities FROM 13)) - 1)
WHERE entities LIKE '{"orderId":"%' AND POSITION('"' IN SUBSTRING(entities FROM 13)) BETWEEN 2 AND 101;

-- a tab of the inbox (one status), newest first, a page at a time after the ticket that ended the previous one
CREATE INDEX ix_ticket_status_created ON ticket (tenant_id, status, created_at, id);
-- a customer's tickets, newest first
CREATE INDEX ix_ticket_customer ON ticket (tenant_id, customer_email, created_at);
-- the tickets about one order
CREATE INDEX ix_ticket_order ON ticket (tenant_id, order_id);
-- approvals recently decided, newest first
CREATE INDEX ix_approval_decided ON approval (tenant_id, decided_at);
