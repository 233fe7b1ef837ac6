/**
 * Tickets: intake (validated, stored once per source id, answered 202), processing (read, triaged by the rules,
 * handed to a playbook) and the read model that tells a ticket's whole story.
 */
package io.commerceresolver.ticket;
