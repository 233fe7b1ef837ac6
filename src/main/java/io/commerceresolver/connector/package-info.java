/**
 * The commerce port: the verbs a playbook may perform on a platform, and the adapters behind it
 * (the sandbox store by default; real platforms by configuration), and how a call is retried or parked when the
 * vendor fails ({@code ConnectorCalls}). Nothing here decides policy.
 */
package io.commerceresolver.connector;
