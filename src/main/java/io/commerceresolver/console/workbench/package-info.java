/**
 * The rules workbench and the policy manual of the console (issue 13): the live rule set read as tables, a candidate
 * per tenant edited, checked, compared and published through the policy's own RuleSets, and features/ as pages.
 */
package io.commerceresolver.console.workbench;
