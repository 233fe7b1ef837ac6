/**
 * Tenants and their API keys (stored hashed). Every other feature receives a tenant id from here and scopes
 * every query by it; nothing in this package knows about tickets or policy.
 */
package io.commerceresolver.tenant;
