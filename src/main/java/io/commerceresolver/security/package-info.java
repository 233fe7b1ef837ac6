/**
 * Who is calling and what they may do: every request under /api is resolved to one tenant's principal (an API key
 * or a signed-in person) with its roles, or refused with 401 problem+json before any feature code runs.
 */
package io.commerceresolver.security;
