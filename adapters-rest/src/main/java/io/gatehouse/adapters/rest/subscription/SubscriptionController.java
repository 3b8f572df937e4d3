package io.gatehouse.adapters.rest.subscription;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.subscription.SubscriptionService;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** {@code GET /subscription/}. */
@Controller("${gatehouse.api.prefix:}/subscription")
@Secured(SecurityRule.IS_ANONYMOUS)
@Consumes(MediaType.ALL)
public class SubscriptionController {
    private final SubscriptionService subscription;

    public SubscriptionController(SubscriptionService subscription) {
        this.subscription = subscription;
    }

    @Get("/")
    public Envelopes.Success check(Caller caller) {
        subscription.check(caller);
        return Envelopes.ok();
    }
}
