/**
 * The web console served by the service itself: the process monitor for operations, the rules workbench for analysts
 * and the inbox for agents and approvers. Pages only present and call the features' own services; nothing here decides.
 */
package io.commerceresolver.console;
