/**
 * Reading tickets: the {@link io.commerceresolver.intent.IntentExtractor} port and its readers. The reading
 * is input to the policy, never a decision.
 */
package io.commerceresolver.intent;
