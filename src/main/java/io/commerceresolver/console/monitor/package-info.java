/**
 * The process monitor and the metrics dashboard of the console, for operations: every playbook's runs by state, one run
 * with its diagram, calls, decisions and approval, the operator's actions on it, and the metrics over time.
 */
package io.commerceresolver.console.monitor;
