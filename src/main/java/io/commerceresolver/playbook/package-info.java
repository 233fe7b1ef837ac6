/**
 * Playbook runs: starting a BPMN playbook for a ticket, its steps, the tool executor every platform call goes
 * through, and the event log that tells a ticket's story. The processes themselves live in processes/.
 */
package io.commerceresolver.playbook;
