/**
 * Changesets: several operations on a platform proposed and carried out as one change, with the diff each makes
 * and the rollback that undoes it. It records what changes; the policy decides whether it may, a playbook does it.
 */
package io.commerceresolver.changeset;
