/**
 * The decision core: facts the rules reason over, the verdict they build, the recorded decision with its fired rules
 * and rule set version, and the rule set versions a tenant publishes. The rules themselves live in the top-level rules/ folder.
 */
package io.commerceresolver.policy;
