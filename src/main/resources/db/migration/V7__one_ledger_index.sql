-- V5 made ix_tool_call_ledger on the very columns of V3's ix_tool_call_tenant_tool_created: every tool call was
-- written to two identical indexes. The ledger's queries use the one that stays.
DROP INDEX ix_tool_call_ledger;
