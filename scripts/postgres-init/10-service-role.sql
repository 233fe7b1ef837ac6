-- docker compose: the official image runs this once, on an empty data directory, as POSTGRES_USER (resolver, the
-- tables' owner). It makes the role the service connects as: it owns nothing, so row-level security binds it.
CREATE ROLE resolver_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD 'resolver';
