-- 100,000 tickets (with their decision, run, events, tool calls, approvals and replies) for one tenant, so that the
-- console's pages can be timed against a database of a busy shop (scripts/console-bench.sh). PostgreSQL only; run as
-- the tables' owner. :tenant and :n are psql variables. Rows are spread over the last 90 days.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE seed AS
SELECT g AS n,
       'bench-' || lpad(g::text, 7, '0') AS tid,
       now() - ((g % 129600) * interval '1 minute') - (random() * interval '50 seconds') AS at,
       (ARRAY['refund_order','cancel_order','address_change','order_status','goodwill_discount','return_and_replace','human_handoff'])[1 + g % 7] AS playbook,
       (ARRAY['RESOLVED','RESOLVED','RESOLVED','RESOLVED','DECLINED','NEEDS_HUMAN','WAITING_APPROVAL','RESOLVED','IN_PROGRESS','RESOLVED'])[1 + (g / 7) % 10] AS status,
       'customer' || (g % 20000) || '@example.com' AS email,
       'A' || (1000 + g % 30000) AS order_id
FROM generate_series(1, :n) AS g;

INSERT INTO decision (id, tenant_id, subject, input, playbook, tier, allowed, approval_required, approver_role, reasons, fired_rules, rules_version, ts)
SELECT 'dec-' || tid, :'tenant', 'ticket:' || tid, '{"intent":"refund_request","amount":"' || (n % 400) || '.00"}', playbook,
       CASE WHEN status = 'WAITING_APPROVAL' THEN 2 ELSE 1 END, status <> 'DECLINED', status = 'WAITING_APPROVAL',
       CASE WHEN status = 'WAITING_APPROVAL' THEN 'approver' END,
       '["Refund within the auto-approval limit"]', '["Refund within the tenant''s auto-refund limit is approved"]', 'bench-v1', at
FROM seed;

INSERT INTO ticket (id, tenant_id, source, external_id, customer_email, subject, text, status, intent, entities, confidence,
                    extractor, correlation_id, status_detail, decision_id, created_at, updated_at, language, submitted_by, order_id)
SELECT tid, :'tenant', 'api', 'bench-' || n, email, 'Order ' || order_id || ': please help',
       'Hello, my order ' || order_id || ' arrived damaged. I would like a refund of ' || (n % 400) || ' EUR. Thanks.',
       status, 'refund_request', '{"orderId":"' || order_id || '"}', 0.92, 'keyword', 'corr-' || tid,
       'bench', 'dec-' || tid, at, at + interval '2 minutes', 'en', 'api-key:bench', order_id
FROM seed;

INSERT INTO agent_run (id, tenant_id, ticket_id, process_instance_id, playbook, status, tier, decision_id, plan, result, started_at, ended_at,
                       correlation_id, order_id)
SELECT 'run-' || tid, :'tenant', tid, NULL, playbook,
       CASE status WHEN 'RESOLVED' THEN 'COMPLETED' WHEN 'DECLINED' THEN 'DECLINED' WHEN 'NEEDS_HUMAN' THEN 'HANDED_OVER'
                   WHEN 'WAITING_APPROVAL' THEN 'WAITING_APPROVAL' ELSE 'RUNNING' END,
       CASE WHEN status = 'WAITING_APPROVAL' THEN 2 ELSE 1 END, 'dec-' || tid,
       '{"orderId":"' || order_id || '"}', CASE WHEN status = 'RESOLVED' THEN '{"refunded":true}' END,
       at + interval '1 second', CASE WHEN status IN ('RESOLVED','DECLINED','NEEDS_HUMAN') THEN at + interval '2 minutes' END, 'corr-' || tid,
       order_id
FROM seed;

INSERT INTO run_node (tenant_id, run_id, process_id, node_id, node_instance_id, node_name, entered_at, left_at)
SELECT :'tenant', 'run-' || tid, playbook, (ARRAY['start','getOrder','decide','end'])[k], tid || '-' || k,
       (ARRAY['Start','Get the order','Decide','End'])[k], at + k * interval '5 seconds', at + k * interval '5 seconds' + interval '1 second'
FROM seed CROSS JOIN generate_series(1, 4) AS k;

INSERT INTO event (tenant_id, ticket_id, run_id, ts, type, step, correlation_id, payload)
SELECT :'tenant', tid, CASE WHEN k > 1 THEN 'run-' || tid END, at + k * interval '10 seconds',
       (ARRAY['received','read','decided','step_completed','step_completed','resolved'])[k],
       (ARRAY[NULL,NULL,NULL,'getOrder','refund',NULL])[k], 'corr-' || tid, '{}'
FROM seed CROSS JOIN generate_series(1, 6) AS k;

INSERT INTO tool_call (tenant_id, idempotency_key, run_id, tool, request, response, status, attempts, created_at, updated_at, step)
SELECT :'tenant', 'run-' || tid || ':' || t.tool, 'run-' || tid, t.tool, '{"orderId":"' || order_id || '"}', '{"ok":true}',
       'SUCCEEDED', 1, at + interval '30 seconds', at + interval '31 seconds', t.tool
FROM seed CROSS JOIN (VALUES ('get_order'), ('refund_order')) AS t(tool);

INSERT INTO approval (id, tenant_id, run_id, tier, approver_role, requested_by, summary, outcome, requested_at, operation, amount, currency, order_id, decision_id)
SELECT 'apr-' || tid, :'tenant', 'run-' || tid, 2, 'approver', 'api-key:bench', 'Refund ' || (n % 400) || '.00 EUR on ' || order_id,
       CASE WHEN status = 'WAITING_APPROVAL' THEN 'PENDING' ELSE 'APPROVED' END, at + interval '5 seconds', 'refund', n % 400, 'EUR', order_id, 'dec-' || tid
FROM seed WHERE n % 10 = 6 OR status = 'WAITING_APPROVAL';

INSERT INTO mail_outbox (id, tenant_id, idempotency_key, to_address, subject, body, status, created_at, sent_at)
SELECT 'mail-' || tid, :'tenant', 'reply:' || tid, email, 'Re: Order ' || order_id, 'Your refund is on its way.', 'SENT',
       at + interval '2 minutes', at + interval '2 minutes'
FROM seed WHERE status = 'RESOLVED';
COMMIT;
ANALYZE;
