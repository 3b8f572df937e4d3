package io.gatehouse.domain.actionlog;

/**
 * A record as read back, with its actor's name and e-mail when the actor is a known user (null
 * otherwise), so that a page of the log costs one query.
 */
public record LoggedAction(ActionRecord record, String actorName, String actorEmail) {
}
