/**
 * People who sign in: agents, approvers, analysts and admins of one tenant, with roles and a password kept as an
 * adaptive hash. Sign-in itself (tokens, OpenID Connect) is {@code security.web}'s.
 */
package io.commerceresolver.user;
