/**
 * The audit log: every admin and approval action (who, what, when, before and after), append-only, per tenant.
 */
package io.commerceresolver.audit;
