/**
 * The console's inbox for agents and approvers: tickets by status with search, one ticket's whole story with take-over
 * and closing, and the approvals waiting for a person. It reads through its own paged queries and acts only through the
 * ticket and approval services the API uses.
 */
package io.commerceresolver.console.inbox;
