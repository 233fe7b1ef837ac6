/**
 * Authentication: every request under /api is resolved to exactly one tenant (X-Api-Key today, a Bearer JWT
 * later) or refused with 401 problem+json before any feature code runs.
 */
package io.commerceresolver.security;
