/**
 * The decision core: facts the rules reason over, the verdict they build, and the recorded decision with its
 * fired rules and rule set version. The rules themselves live in the top-level rules/ folder.
 */
package io.commerceresolver.policy;
