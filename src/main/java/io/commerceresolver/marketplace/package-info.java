/**
 * Marketplace events: the webhooks Shopify, WooCommerce and Stripe send about a tenant's store, verified, stored once
 * per delivery, and applied in the background as facts of the tenant's view of its store.
 */
package io.commerceresolver.marketplace;
