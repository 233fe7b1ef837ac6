-- receipt_chain_head (V33) is a tenant table like the others of V10: each tenant sees and moves only its own head.
ALTER TABLE receipt_chain_head ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON receipt_chain_head
    USING (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*')
    WITH CHECK (tenant_id = current_setting('app.tenant', true) OR current_setting('app.tenant', true) = '*');

-- The service moves a head forward (UPDATE) but never removes one: a deleted head would let the chain start over.
-- V10's REVOKE UPDATE, DELETE ON receipt still holds: the columns V33 added are as unchangeable as the rest.
REVOKE DELETE ON receipt_chain_head FROM "${app_role}";
