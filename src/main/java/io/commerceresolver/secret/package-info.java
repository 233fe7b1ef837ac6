/**
 * A tenant's secrets (connector credentials, webhook signing secrets), stored encrypted with a key that never
 * enters the database, each bound to its tenant and name. Values go in and, for the service's own use, come out;
 * no API, log, event or error ever shows one.
 */
package io.commerceresolver.secret;
