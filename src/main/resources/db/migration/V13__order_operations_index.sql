-- An order read from the sandbox store shows the goodwill credits, return labels and replacements made for it (so a
-- playbook can read back what it did): they are found by order, on every read of an order.
CREATE INDEX ix_sandbox_operation_order ON sandbox_operation (tenant_id, order_id);
