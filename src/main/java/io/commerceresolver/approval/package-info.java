/**
 * The approval inbox: what playbooks wait on, who may decide, and the decision that resumes the playbook.
 * It knows nothing of the process engine; {@link io.commerceresolver.approval.PausedPlaybooks} is its only way back.
 */
package io.commerceresolver.approval;
