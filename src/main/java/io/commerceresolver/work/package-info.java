/**
 * Durable work: tickets to read and playbook steps to carry out wait as rows, and bounded workers of any instance
 * claim them. Nothing here knows what a ticket or a playbook is; the features that own the work handle it.
 */
package io.commerceresolver.work;
