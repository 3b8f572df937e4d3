package io.gatehouse.application.subscription;

import io.gatehouse.application.shared.Caller;

/**
 * {@code GET /subscription/}: Gatehouse has no subscription limits (like the reference's community
 * edition, whose answer is always OK), so the check passes for every signed-in caller.
 */
public final class SubscriptionService {
    public void check(Caller caller) {
        caller.requireSignedIn();
    }
}
