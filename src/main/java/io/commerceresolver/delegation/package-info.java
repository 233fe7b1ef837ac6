/**
 * The delegation chain: each component of a run (reader, writer, notifier) acts through a credential scoped to what it
 * does, issued for that run; every use and every refused attempt is recorded for the run's receipt.
 */
package io.commerceresolver.delegation;
