package io.commerceresolver.playbook;

import java.time.Instant;

/**
 * Which runs of a tenant to list, newest first. Every filter is optional (null).
 *
 * @param from   runs started at or after this instant
 * @param to     runs started before this instant
 * @param before the last run of the previous page: the page goes on after it
 */
public record RunQuery(RunStatus status, String playbook, Instant from, Instant to, String before, int limit) {
}
