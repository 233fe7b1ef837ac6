/**
 * Tickets from files dropped in a tenant's folder: a JSON ticket (the shape of POST /api/v1/tickets) or a mail
 * (.eml, read as the mailbox reads it). Each file is taken in once however often it is dropped; a refused one is kept
 * with its reason. It neither watches folders nor moves files itself: its Camel route does.
 */
package io.commerceresolver.filedrop;
