-- The sandbox catalogue as the catalogue_change playbook writes it (issue 11): a product may run a promotion (a
-- percentage off its price, none when null) and be listed in a category. A product a seller lists from a ticket has no
-- known cost until they say it, so cost may be empty (the margin rules then have nothing to judge).
-- sandbox_product already has row-level security on PostgreSQL (V10 covers every table with a tenant_id).
ALTER TABLE sandbox_product ADD COLUMN promo_percent_off NUMERIC(5, 2);
ALTER TABLE sandbox_product ADD COLUMN category VARCHAR(120);
ALTER TABLE sandbox_product ALTER COLUMN cost DROP NOT NULL;
